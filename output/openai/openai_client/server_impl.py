# Your implementation of the OpenAI API server.
#
# oasgen wrote this file once, because it was missing, and never changes or removes it:
# it is yours. Each class implements one Protocol of `openai_client.server.handlers`;
# after a regeneration, a type checker run over this file (`mypy server_impl.py`)
# points at every method that no longer matches the spec. Serve it with
#
#     uvicorn openai_client.server_impl:app
"""Handlers of the OpenAI API server."""

from __future__ import annotations

from typing import Annotated, AsyncIterator, Dict, List, Literal, Optional, Union

from fastapi import UploadFile
from pydantic import Field

from openai_client.server import Handlers, create_app
from openai_client.types.admin_api_key import AdminApiKey
from openai_client.types.admin_api_key_create_response import AdminApiKeyCreateResponse
from openai_client.types.admin_api_keys_create_request import AdminApiKeysCreateRequest
from openai_client.types.admin_api_keys_delete_response import (
    AdminApiKeysDeleteResponse,
)
from openai_client.types.api_key_list import ApiKeyList
from openai_client.types.assigned_role_details import AssignedRoleDetails
from openai_client.types.assistant_object import AssistantObject
from openai_client.types.assistant_stream_event import AssistantStreamEvent
from openai_client.types.audio_response_format import AudioResponseFormat
from openai_client.types.audit_log_event_type import AuditLogEventType
from openai_client.types.batch import Batch
from openai_client.types.beta_compact_resource import BetaCompactResource
from openai_client.types.beta_compact_response_method_public_body import (
    BetaCompactResponseMethodPublicBody,
)
from openai_client.types.beta_create_response import BetaCreateResponse
from openai_client.types.beta_include_enum import BetaIncludeEnum
from openai_client.types.beta_response import BetaResponse
from openai_client.types.beta_response_item_list import BetaResponseItemList
from openai_client.types.beta_response_stream_event import BetaResponseStreamEvent
from openai_client.types.beta_token_counts_body import BetaTokenCountsBody
from openai_client.types.beta_token_counts_resource import BetaTokenCountsResource
from openai_client.types.certificate import Certificate
from openai_client.types.chat_completion_deleted import ChatCompletionDeleted
from openai_client.types.chat_completion_list import ChatCompletionList
from openai_client.types.chat_completion_message_list import ChatCompletionMessageList
from openai_client.types.chat_session_resource import ChatSessionResource
from openai_client.types.compact_resource import CompactResource
from openai_client.types.compact_response_method_public_body import (
    CompactResponseMethodPublicBody,
)
from openai_client.types.complete_upload_request import CompleteUploadRequest
from openai_client.types.container_file_list_resource import ContainerFileListResource
from openai_client.types.container_file_resource import ContainerFileResource
from openai_client.types.container_list_resource import ContainerListResource
from openai_client.types.container_resource import ContainerResource
from openai_client.types.conversation_item import ConversationItem
from openai_client.types.conversation_item_list import ConversationItemList
from openai_client.types.conversation_resource import ConversationResource
from openai_client.types.create_assistant_request import CreateAssistantRequest
from openai_client.types.create_batch_request import CreateBatchRequest
from openai_client.types.create_chat_completion_request import (
    CreateChatCompletionRequest,
)
from openai_client.types.create_chat_completion_response import (
    CreateChatCompletionResponse,
)
from openai_client.types.create_chat_completion_stream_response import (
    CreateChatCompletionStreamResponse,
)
from openai_client.types.create_chat_session_body import CreateChatSessionBody
from openai_client.types.create_completion_request import CreateCompletionRequest
from openai_client.types.create_completion_response import CreateCompletionResponse
from openai_client.types.create_container_body import CreateContainerBody
from openai_client.types.create_conversation_body import CreateConversationBody
from openai_client.types.create_conversation_items_request import (
    CreateConversationItemsRequest,
)
from openai_client.types.create_embedding_request import CreateEmbeddingRequest
from openai_client.types.create_embedding_response import CreateEmbeddingResponse
from openai_client.types.create_eval_request import CreateEvalRequest
from openai_client.types.create_eval_run_request import CreateEvalRunRequest
from openai_client.types.create_fine_tuning_checkpoint_permission_request import (
    CreateFineTuningCheckpointPermissionRequest,
)
from openai_client.types.create_fine_tuning_job_request import (
    CreateFineTuningJobRequest,
)
from openai_client.types.create_group_body import CreateGroupBody
from openai_client.types.create_group_user_body import CreateGroupUserBody
from openai_client.types.create_image_request import CreateImageRequest
from openai_client.types.create_message_request import CreateMessageRequest
from openai_client.types.create_moderation_request import CreateModerationRequest
from openai_client.types.create_moderation_response import CreateModerationResponse
from openai_client.types.create_project_service_account_api_key_body import (
    CreateProjectServiceAccountApiKeyBody,
)
from openai_client.types.create_response import CreateResponse
from openai_client.types.create_run_request import CreateRunRequest
from openai_client.types.create_speech_request import CreateSpeechRequest
from openai_client.types.create_spend_alert_body import CreateSpendAlertBody
from openai_client.types.create_thread_and_run_request import CreateThreadAndRunRequest
from openai_client.types.create_thread_request import CreateThreadRequest
from openai_client.types.create_transcription_response_diarized_json import (
    CreateTranscriptionResponseDiarizedJson,
)
from openai_client.types.create_transcription_response_json import (
    CreateTranscriptionResponseJson,
)
from openai_client.types.create_transcription_response_stream_event import (
    CreateTranscriptionResponseStreamEvent,
)
from openai_client.types.create_transcription_response_verbose_json import (
    CreateTranscriptionResponseVerboseJson,
)
from openai_client.types.create_translation_response_json import (
    CreateTranslationResponseJson,
)
from openai_client.types.create_translation_response_verbose_json import (
    CreateTranslationResponseVerboseJson,
)
from openai_client.types.create_upload_request import CreateUploadRequest
from openai_client.types.create_vector_store_file_batch_request import (
    CreateVectorStoreFileBatchRequest,
)
from openai_client.types.create_vector_store_file_request import (
    CreateVectorStoreFileRequest,
)
from openai_client.types.create_vector_store_request import CreateVectorStoreRequest
from openai_client.types.delete_assistant_response import DeleteAssistantResponse
from openai_client.types.delete_certificate_response import DeleteCertificateResponse
from openai_client.types.delete_eval_response import DeleteEvalResponse
from openai_client.types.delete_eval_run_response import DeleteEvalRunResponse
from openai_client.types.delete_file_response import DeleteFileResponse
from openai_client.types.delete_fine_tuning_checkpoint_permission_response import (
    DeleteFineTuningCheckpointPermissionResponse,
)
from openai_client.types.delete_message_response import DeleteMessageResponse
from openai_client.types.delete_model_response import DeleteModelResponse
from openai_client.types.delete_thread_response import DeleteThreadResponse
from openai_client.types.delete_vector_store_file_response import (
    DeleteVectorStoreFileResponse,
)
from openai_client.types.delete_vector_store_response import DeleteVectorStoreResponse
from openai_client.types.deleted_conversation_resource import (
    DeletedConversationResource,
)
from openai_client.types.deleted_role_assignment_resource import (
    DeletedRoleAssignmentResource,
)
from openai_client.types.deleted_skill_resource import DeletedSkillResource
from openai_client.types.deleted_skill_version_resource import (
    DeletedSkillVersionResource,
)
from openai_client.types.deleted_thread_resource import DeletedThreadResource
from openai_client.types.deleted_video_resource import DeletedVideoResource
from openai_client.types.eval import Eval
from openai_client.types.eval_list import EvalList
from openai_client.types.eval_run import EvalRun
from openai_client.types.eval_run_list import EvalRunList
from openai_client.types.eval_run_output_item import EvalRunOutputItem
from openai_client.types.eval_run_output_item_list import EvalRunOutputItemList
from openai_client.types.file_expiration_after import FileExpirationAfter
from openai_client.types.fine_tuning_job import FineTuningJob
from openai_client.types.group_deleted_resource import GroupDeletedResource
from openai_client.types.group_list_resource import GroupListResource
from openai_client.types.group_member_user import GroupMemberUser
from openai_client.types.group_resource_with_success import GroupResourceWithSuccess
from openai_client.types.group_response import GroupResponse
from openai_client.types.group_role_assignment import GroupRoleAssignment
from openai_client.types.group_user_assignment import GroupUserAssignment
from openai_client.types.group_user_deleted_resource import GroupUserDeletedResource
from openai_client.types.image_edit_stream_event import ImageEditStreamEvent
from openai_client.types.image_gen_stream_event import ImageGenStreamEvent
from openai_client.types.image_ref_param import ImageRefParam
from openai_client.types.image_ref_param_2 import ImageRefParam2
from openai_client.types.images_response import ImagesResponse
from openai_client.types.include_enum import IncludeEnum
from openai_client.types.input_fidelity import InputFidelity
from openai_client.types.invite import Invite
from openai_client.types.invite_delete_response import InviteDeleteResponse
from openai_client.types.invite_list_response import InviteListResponse
from openai_client.types.invite_project_group_body import InviteProjectGroupBody
from openai_client.types.invite_request import InviteRequest
from openai_client.types.list_assistants_response import ListAssistantsResponse
from openai_client.types.list_audit_logs_effective_at import ListAuditLogsEffectiveAt
from openai_client.types.list_audit_logs_response import ListAuditLogsResponse
from openai_client.types.list_batches_response import ListBatchesResponse
from openai_client.types.list_certificates_response import ListCertificatesResponse
from openai_client.types.list_files_response import ListFilesResponse
from openai_client.types.list_fine_tuning_checkpoint_permission_response import (
    ListFineTuningCheckpointPermissionResponse,
)
from openai_client.types.list_fine_tuning_job_checkpoints_response import (
    ListFineTuningJobCheckpointsResponse,
)
from openai_client.types.list_fine_tuning_job_events_response import (
    ListFineTuningJobEventsResponse,
)
from openai_client.types.list_messages_response import ListMessagesResponse
from openai_client.types.list_models_response import ListModelsResponse
from openai_client.types.list_paginated_fine_tuning_jobs_response import (
    ListPaginatedFineTuningJobsResponse,
)
from openai_client.types.list_project_certificates_response import (
    ListProjectCertificatesResponse,
)
from openai_client.types.list_run_steps_response import ListRunStepsResponse
from openai_client.types.list_runs_response import ListRunsResponse
from openai_client.types.list_vector_store_files_response import (
    ListVectorStoreFilesResponse,
)
from openai_client.types.list_vector_stores_response import ListVectorStoresResponse
from openai_client.types.message_object import MessageObject
from openai_client.types.metadata import Metadata
from openai_client.types.model import Model
from openai_client.types.modify_assistant_request import ModifyAssistantRequest
from openai_client.types.modify_certificate_request import ModifyCertificateRequest
from openai_client.types.modify_message_request import ModifyMessageRequest
from openai_client.types.modify_run_request import ModifyRunRequest
from openai_client.types.modify_thread_request import ModifyThreadRequest
from openai_client.types.open_ai_file import OpenAIFile
from openai_client.types.order_enum import OrderEnum
from openai_client.types.organization_certificate_activation_response import (
    OrganizationCertificateActivationResponse,
)
from openai_client.types.organization_certificate_deactivation_response import (
    OrganizationCertificateDeactivationResponse,
)
from openai_client.types.organization_data_retention import OrganizationDataRetention
from openai_client.types.organization_project_certificate_activation_response import (
    OrganizationProjectCertificateActivationResponse,
)
from openai_client.types.organization_project_certificate_deactivation_response import (
    OrganizationProjectCertificateDeactivationResponse,
)
from openai_client.types.organization_spend_alert import OrganizationSpendAlert
from openai_client.types.organization_spend_alert_deleted_resource import (
    OrganizationSpendAlertDeletedResource,
)
from openai_client.types.organization_spend_alert_list_resource import (
    OrganizationSpendAlertListResource,
)
from openai_client.types.organization_spend_limit_deleted_resource import (
    OrganizationSpendLimitDeletedResource,
)
from openai_client.types.organization_spend_limit_resource import (
    OrganizationSpendLimitResource,
)
from openai_client.types.partial_images import PartialImages
from openai_client.types.project import Project
from openai_client.types.project_api_key import ProjectApiKey
from openai_client.types.project_api_key_delete_response import (
    ProjectApiKeyDeleteResponse,
)
from openai_client.types.project_api_key_list_response import ProjectApiKeyListResponse
from openai_client.types.project_create_request import ProjectCreateRequest
from openai_client.types.project_data_retention import ProjectDataRetention
from openai_client.types.project_group import ProjectGroup
from openai_client.types.project_group_deleted_resource import (
    ProjectGroupDeletedResource,
)
from openai_client.types.project_group_list_resource import ProjectGroupListResource
from openai_client.types.project_hosted_tool_permissions import (
    ProjectHostedToolPermissions,
)
from openai_client.types.project_hosted_tool_permissions_update_request import (
    ProjectHostedToolPermissionsUpdateRequest,
)
from openai_client.types.project_list_response import ProjectListResponse
from openai_client.types.project_model_permissions import ProjectModelPermissions
from openai_client.types.project_model_permissions_delete_response import (
    ProjectModelPermissionsDeleteResponse,
)
from openai_client.types.project_model_permissions_update_request import (
    ProjectModelPermissionsUpdateRequest,
)
from openai_client.types.project_rate_limit import ProjectRateLimit
from openai_client.types.project_rate_limit_list_response import (
    ProjectRateLimitListResponse,
)
from openai_client.types.project_rate_limit_update_request import (
    ProjectRateLimitUpdateRequest,
)
from openai_client.types.project_service_account import ProjectServiceAccount
from openai_client.types.project_service_account_create_request import (
    ProjectServiceAccountCreateRequest,
)
from openai_client.types.project_service_account_create_response import (
    ProjectServiceAccountCreateResponse,
)
from openai_client.types.project_service_account_delete_response import (
    ProjectServiceAccountDeleteResponse,
)
from openai_client.types.project_service_account_list_response import (
    ProjectServiceAccountListResponse,
)
from openai_client.types.project_spend_alert import ProjectSpendAlert
from openai_client.types.project_spend_alert_deleted_resource import (
    ProjectSpendAlertDeletedResource,
)
from openai_client.types.project_spend_alert_list_resource import (
    ProjectSpendAlertListResource,
)
from openai_client.types.project_spend_limit_deleted_resource import (
    ProjectSpendLimitDeletedResource,
)
from openai_client.types.project_spend_limit_resource import ProjectSpendLimitResource
from openai_client.types.project_update_request import ProjectUpdateRequest
from openai_client.types.project_user import ProjectUser
from openai_client.types.project_user_create_request import ProjectUserCreateRequest
from openai_client.types.project_user_delete_response import ProjectUserDeleteResponse
from openai_client.types.project_user_list_response import ProjectUserListResponse
from openai_client.types.project_user_update_request import ProjectUserUpdateRequest
from openai_client.types.provenance_resource import ProvenanceResource
from openai_client.types.public_assign_organization_group_role_body import (
    PublicAssignOrganizationGroupRoleBody,
)
from openai_client.types.public_create_organization_role_body import (
    PublicCreateOrganizationRoleBody,
)
from openai_client.types.public_role_list_resource import PublicRoleListResource
from openai_client.types.public_update_organization_role_body import (
    PublicUpdateOrganizationRoleBody,
)
from openai_client.types.realtime_call_refer_request import RealtimeCallReferRequest
from openai_client.types.realtime_call_reject_request import RealtimeCallRejectRequest
from openai_client.types.realtime_create_client_secret_request import (
    RealtimeCreateClientSecretRequest,
)
from openai_client.types.realtime_create_client_secret_response import (
    RealtimeCreateClientSecretResponse,
)
from openai_client.types.realtime_session_create_request import (
    RealtimeSessionCreateRequest,
)
from openai_client.types.realtime_session_create_request_ga import (
    RealtimeSessionCreateRequestGA,
)
from openai_client.types.realtime_session_create_response import (
    RealtimeSessionCreateResponse,
)
from openai_client.types.realtime_transcription_session_create_request import (
    RealtimeTranscriptionSessionCreateRequest,
)
from openai_client.types.realtime_transcription_session_create_response import (
    RealtimeTranscriptionSessionCreateResponse,
)
from openai_client.types.realtime_translation_client_secret_create_request import (
    RealtimeTranslationClientSecretCreateRequest,
)
from openai_client.types.realtime_translation_client_secret_create_response import (
    RealtimeTranslationClientSecretCreateResponse,
)
from openai_client.types.response import Response as ResponseModel
from openai_client.types.response_item_list import ResponseItemList
from openai_client.types.response_stream_event import ResponseStreamEvent
from openai_client.types.role import Role
from openai_client.types.role_deleted_resource import RoleDeletedResource
from openai_client.types.role_list_resource import RoleListResource
from openai_client.types.run_grader_request import RunGraderRequest
from openai_client.types.run_grader_response import RunGraderResponse
from openai_client.types.run_object import RunObject
from openai_client.types.run_step_object import RunStepObject
from openai_client.types.service_account_api_key_body import ServiceAccountApiKeyBody
from openai_client.types.set_default_skill_version_body import (
    SetDefaultSkillVersionBody,
)
from openai_client.types.skill_list_resource import SkillListResource
from openai_client.types.skill_resource import SkillResource
from openai_client.types.skill_version_list_resource import SkillVersionListResource
from openai_client.types.skill_version_resource import SkillVersionResource
from openai_client.types.submit_tool_outputs_run_request import (
    SubmitToolOutputsRunRequest,
)
from openai_client.types.thread_item_list_resource import ThreadItemListResource
from openai_client.types.thread_list_resource import ThreadListResource
from openai_client.types.thread_object import ThreadObject
from openai_client.types.thread_resource import ThreadResource
from openai_client.types.toggle_certificates_request import ToggleCertificatesRequest
from openai_client.types.token_counts_body import TokenCountsBody
from openai_client.types.token_counts_resource import TokenCountsResource
from openai_client.types.transcription_include import TranscriptionInclude
from openai_client.types.update_chat_completion_request import (
    UpdateChatCompletionRequest,
)
from openai_client.types.update_conversation_body import UpdateConversationBody
from openai_client.types.update_eval_request import UpdateEvalRequest
from openai_client.types.update_group_body import UpdateGroupBody
from openai_client.types.update_organization_data_retention_body import (
    UpdateOrganizationDataRetentionBody,
)
from openai_client.types.update_organization_spend_limit_body import (
    UpdateOrganizationSpendLimitBody,
)
from openai_client.types.update_project_data_retention_body import (
    UpdateProjectDataRetentionBody,
)
from openai_client.types.update_project_service_account_body import (
    UpdateProjectServiceAccountBody,
)
from openai_client.types.update_project_spend_limit_body import (
    UpdateProjectSpendLimitBody,
)
from openai_client.types.update_vector_store_file_attributes_request import (
    UpdateVectorStoreFileAttributesRequest,
)
from openai_client.types.update_vector_store_request import UpdateVectorStoreRequest
from openai_client.types.update_voice_consent_request import UpdateVoiceConsentRequest
from openai_client.types.upload import Upload
from openai_client.types.upload_certificate_request import UploadCertificateRequest
from openai_client.types.upload_part import UploadPart
from openai_client.types.usage_response import UsageResponse
from openai_client.types.user import User
from openai_client.types.user_delete_response import UserDeleteResponse
from openai_client.types.user_list_resource import UserListResource
from openai_client.types.user_list_response import UserListResponse
from openai_client.types.user_role_assignment import UserRoleAssignment
from openai_client.types.user_role_update_request import UserRoleUpdateRequest
from openai_client.types.vad_config import VadConfig
from openai_client.types.validate_grader_request import ValidateGraderRequest
from openai_client.types.validate_grader_response import ValidateGraderResponse
from openai_client.types.vector_store_file_batch_object import (
    VectorStoreFileBatchObject,
)
from openai_client.types.vector_store_file_content_response import (
    VectorStoreFileContentResponse,
)
from openai_client.types.vector_store_file_object import VectorStoreFileObject
from openai_client.types.vector_store_object import VectorStoreObject
from openai_client.types.vector_store_search_request import VectorStoreSearchRequest
from openai_client.types.vector_store_search_results_page import (
    VectorStoreSearchResultsPage,
)
from openai_client.types.video_character_resource import VideoCharacterResource
from openai_client.types.video_content_variant import VideoContentVariant
from openai_client.types.video_list_resource import VideoListResource
from openai_client.types.video_model import VideoModel
from openai_client.types.video_reference_input_param import VideoReferenceInputParam
from openai_client.types.video_resource import VideoResource
from openai_client.types.video_seconds import VideoSeconds
from openai_client.types.video_size import VideoSize
from openai_client.types.voice_consent_deleted_resource import (
    VoiceConsentDeletedResource,
)
from openai_client.types.voice_consent_list_resource import VoiceConsentListResource
from openai_client.types.voice_consent_resource import VoiceConsentResource
from openai_client.types.voice_resource import VoiceResource


class AdminOrganizationAdminApiKeys:
    """The operations of `admin.organization.admin_api_keys` (`AdminOrganizationAdminApiKeysHandler`)."""

    async def list(
        self,
        *,
        after: Optional[str],
        order: Optional[Literal["asc", "desc"]],
        limit: Optional[int],
        credentials: str,
    ) -> ApiKeyList:
        """List organization API keys

        Retrieve a paginated list of organization admin API keys.

        `GET /organization/admin_api_keys` (admin-api-keys-list)

        Args:
            after: Return keys with IDs that come after this ID in the pagination
                order.

            order: Order results by creation time, ascending or descending.

            limit: Maximum number of keys to return.

            credentials: The bearer token the request was authorised with.
        """
        raise NotImplementedError

    async def create(
        self, *, body: AdminApiKeysCreateRequest, credentials: str
    ) -> AdminApiKeyCreateResponse:
        """Create an organization admin API key

        Create a new admin-level API key for the organization.

        `POST /organization/admin_api_keys` (admin-api-keys-create)

        Args:
            body: The `AdminApiKeysCreateRequest` request body (application/json).

            credentials: The bearer token the request was authorised with.
        """
        raise NotImplementedError

    async def retrieve(self, *, key_id: str, credentials: str) -> AdminApiKey:
        """Retrieve a single organization API key

        Get details for a specific organization API key by its ID.

        `GET /organization/admin_api_keys/{key_id}` (admin-api-keys-get)

        Args:
            key_id: The ID of the API key.

            credentials: The bearer token the request was authorised with.
        """
        raise NotImplementedError

    async def delete(
        self, *, key_id: str, credentials: str
    ) -> AdminApiKeysDeleteResponse:
        """Delete an organization admin API key

        Delete the specified admin API key.

        `DELETE /organization/admin_api_keys/{key_id}` (admin-api-keys-delete)

        Args:
            key_id: The ID of the API key to be deleted.

            credentials: The bearer token the request was authorised with.
        """
        raise NotImplementedError


class AdminOrganizationAuditLogs:
    """The operations of `admin.organization.audit_logs` (`AdminOrganizationAuditLogsHandler`)."""

    async def list(
        self,
        *,
        effective_at: Optional[ListAuditLogsEffectiveAt],
        project_ids: Optional[List[str]],
        event_types: Optional[List[AuditLogEventType]],
        actor_ids: Optional[List[str]],
        actor_emails: Optional[List[str]],
        resource_ids: Optional[List[str]],
        tenant_only: Optional[bool],
        limit: Optional[int],
        after: Optional[str],
        before: Optional[str],
        credentials: str,
    ) -> ListAuditLogsResponse:
        """List user actions and configuration changes within this organization.

        `GET /organization/audit_logs` (list-audit-logs)

        Args:
            effective_at: Return only events whose `effective_at` (Unix seconds) is
                in this range.

            project_ids: Return only events for these projects.

            event_types: Return only events with a `type` in one of these values.
                For example, `project.created`. For all options, see the documentation
                for the [audit log
                object](https://platform.openai.com/docs/api-reference/audit-logs/object).

            actor_ids: Return only events performed by these actors. Can be a user
                ID, a service account ID, or an api key tracking ID.

            actor_emails: Return only events performed by users with these emails.

            resource_ids: Return only events performed on these targets. For
                example, a project ID updated. For ChatGPT connector role events, use
                the workspace connector resource ID shown in `details.id`, such as
                `<workspace_id>__<connector_id>`.

            tenant_only: Return only tenant-scoped events associated with this
                organization. Required for tenant-scoped events such as
                `role.bound_to_resource` and `role.unbound_from_resource`. When `true`,
                all supplied event types must be tenant-scoped.

            limit: A limit on the number of objects to be returned. Limit can range
                between 1 and 100, and the default is 20.

            after: A cursor for use in pagination. `after` is an object ID that
                defines your place in the list. For instance, if you make a list request
                and receive 100 objects, ending with obj_foo, your subsequent call can
                include after=obj_foo in order to fetch the next page of the list.

            before: A cursor for use in pagination. `before` is an object ID that
                defines your place in the list. For instance, if you make a list request
                and receive 100 objects, starting with obj_foo, your subsequent call can
                include before=obj_foo in order to fetch the previous page of the list.

            credentials: The bearer token the request was authorised with.
        """
        raise NotImplementedError


class AdminOrganizationCertificates:
    """The operations of `admin.organization.certificates` (`AdminOrganizationCertificatesHandler`)."""

    async def list(
        self,
        *,
        limit: Optional[int],
        after: Optional[str],
        order: Optional[Literal["asc", "desc"]],
        credentials: str,
    ) -> ListCertificatesResponse:
        """List uploaded certificates for this organization.

        `GET /organization/certificates` (listOrganizationCertificates)

        Args:
            limit: A limit on the number of objects to be returned. Limit can range
                between 1 and 100, and the default is 20.

            after: A cursor for use in pagination. `after` is an object ID that
                defines your place in the list. For instance, if you make a list request
                and receive 100 objects, ending with obj_foo, your subsequent call can
                include after=obj_foo in order to fetch the next page of the list.

            order: Sort order by the `created_at` timestamp of the objects. `asc`
                for ascending order and `desc` for descending order.

            credentials: The bearer token the request was authorised with.
        """
        raise NotImplementedError

    async def create(
        self, *, body: UploadCertificateRequest, credentials: str
    ) -> Certificate:
        """Upload a certificate to the organization. This does **not** automatically
        activate the certificate.

        Organizations can upload up to 50 certificates.

        `POST /organization/certificates` (uploadCertificate)

        Args:
            body: The certificate upload payload.

            credentials: The bearer token the request was authorised with.
        """
        raise NotImplementedError

    async def activate(
        self, *, body: ToggleCertificatesRequest, credentials: str
    ) -> OrganizationCertificateActivationResponse:
        """Activate certificates at the organization level.

        You can atomically and idempotently activate up to 10 certificates at a time.

        `POST /organization/certificates/activate` (activateOrganizationCertificates)

        Args:
            body: The certificate activation payload.

            credentials: The bearer token the request was authorised with.
        """
        raise NotImplementedError

    async def deactivate(
        self, *, body: ToggleCertificatesRequest, credentials: str
    ) -> OrganizationCertificateDeactivationResponse:
        """Deactivate certificates at the organization level.

        You can atomically and idempotently deactivate up to 10 certificates at a time.

        `POST /organization/certificates/deactivate`
        (deactivateOrganizationCertificates)

        Args:
            body: The certificate deactivation payload.

            credentials: The bearer token the request was authorised with.
        """
        raise NotImplementedError

    async def retrieve(
        self,
        *,
        certificate_id: str,
        include: Optional[List[Literal["content"]]],
        credentials: str,
    ) -> Certificate:
        """Get a certificate that has been uploaded to the organization.

        You can get a certificate regardless of whether it is active or not.

        `GET /organization/certificates/{certificate_id}` (getCertificate)

        Args:
            certificate_id: Unique ID of the certificate to retrieve.

            include: A list of additional fields to include in the response.
                Currently the only supported value is `content` to fetch the PEM content
                of the certificate.

            credentials: The bearer token the request was authorised with.
        """
        raise NotImplementedError

    async def update(
        self, *, certificate_id: str, body: ModifyCertificateRequest, credentials: str
    ) -> Certificate:
        """Modify a certificate. Note that only the name can be modified.

        `POST /organization/certificates/{certificate_id}` (modifyCertificate)

        Args:
            certificate_id: Unique ID of the certificate to modify.

            body: The certificate modification payload.

            credentials: The bearer token the request was authorised with.
        """
        raise NotImplementedError

    async def delete(
        self, *, certificate_id: str, credentials: str
    ) -> DeleteCertificateResponse:
        """Delete a certificate from the organization.

        The certificate must be inactive for the organization and all projects.

        `DELETE /organization/certificates/{certificate_id}` (deleteCertificate)

        Args:
            certificate_id: Unique ID of the certificate to delete.

            credentials: The bearer token the request was authorised with.
        """
        raise NotImplementedError


class AdminOrganizationDataRetention:
    """The operations of `admin.organization.data_retention` (`AdminOrganizationDataRetentionHandler`)."""

    async def retrieve(self, *, credentials: str) -> OrganizationDataRetention:
        """Retrieves organization data retention controls.

        `GET /organization/data_retention` (retrieve-organization-data-retention)

        Args:
            credentials: The bearer token the request was authorised with.
        """
        raise NotImplementedError

    async def update(
        self, *, body: UpdateOrganizationDataRetentionBody, credentials: str
    ) -> OrganizationDataRetention:
        """Updates organization data retention controls.

        `POST /organization/data_retention` (update-organization-data-retention)

        Args:
            body: The desired organization data retention setting.

            credentials: The bearer token the request was authorised with.
        """
        raise NotImplementedError


class AdminOrganizationGroups:
    """The operations of `admin.organization.groups` (`AdminOrganizationGroupsHandler`)."""

    async def list(
        self,
        *,
        limit: Optional[int],
        after: Optional[str],
        order: Optional[Literal["asc", "desc"]],
        credentials: str,
    ) -> GroupListResource:
        """Lists all groups in the organization.

        `GET /organization/groups` (list-groups)

        Args:
            limit: A limit on the number of groups to be returned. Limit can range
                between 0 and 1000, and the default is 100.

            after: A cursor for use in pagination. `after` is a group ID that
                defines your place in the list. For instance, if you make a list request
                and receive 100 objects, ending with group_abc, your subsequent call can
                include `after=group_abc` in order to fetch the next page of the list.

            order: Specifies the sort order of the returned groups.

            credentials: The bearer token the request was authorised with.
        """
        raise NotImplementedError

    async def create(self, *, body: CreateGroupBody, credentials: str) -> GroupResponse:
        """Creates a new group in the organization.

        `POST /organization/groups` (create-group)

        Args:
            body: Parameters for the group you want to create.

            credentials: The bearer token the request was authorised with.
        """
        raise NotImplementedError

    async def retrieve(self, *, group_id: str, credentials: str) -> GroupResponse:
        """Retrieves a group.

        `GET /organization/groups/{group_id}` (retrieve-group)

        Args:
            group_id: The ID of the group to retrieve.

            credentials: The bearer token the request was authorised with.
        """
        raise NotImplementedError

    async def update(
        self, *, group_id: str, body: UpdateGroupBody, credentials: str
    ) -> GroupResourceWithSuccess:
        """Updates a group's information.

        `POST /organization/groups/{group_id}` (update-group)

        Args:
            group_id: The ID of the group to update.

            body: New attributes to set on the group.

            credentials: The bearer token the request was authorised with.
        """
        raise NotImplementedError

    async def delete(self, *, group_id: str, credentials: str) -> GroupDeletedResource:
        """Deletes a group from the organization.

        `DELETE /organization/groups/{group_id}` (delete-group)

        Args:
            group_id: The ID of the group to delete.

            credentials: The bearer token the request was authorised with.
        """
        raise NotImplementedError


class AdminOrganizationGroupsRoles:
    """The operations of `admin.organization.groups.roles` (`AdminOrganizationGroupsRolesHandler`)."""

    async def list(
        self,
        *,
        group_id: str,
        limit: Optional[int],
        after: Optional[str],
        order: Optional[Literal["asc", "desc"]],
        credentials: str,
    ) -> RoleListResource:
        """Lists the organization roles assigned to a group within the organization.

        `GET /organization/groups/{group_id}/roles` (list-group-role-assignments)

        Args:
            group_id: The ID of the group whose organization role assignments you
                want to list.

            limit: A limit on the number of organization role assignments to return.

            after: Cursor for pagination. Provide the value from the previous
                response's `next` field to continue listing organization roles.

            order: Sort order for the returned organization roles.

            credentials: The bearer token the request was authorised with.
        """
        raise NotImplementedError

    async def create(
        self,
        *,
        group_id: str,
        body: PublicAssignOrganizationGroupRoleBody,
        credentials: str,
    ) -> GroupRoleAssignment:
        """Assigns an organization role to a group within the organization.

        `POST /organization/groups/{group_id}/roles` (assign-group-role)

        Args:
            group_id: The ID of the group that should receive the organization role.

            body: Identifies the organization role to assign to the group.

            credentials: The bearer token the request was authorised with.
        """
        raise NotImplementedError

    async def retrieve(
        self, *, group_id: str, role_id: str, credentials: str
    ) -> AssignedRoleDetails:
        """Retrieves an organization role assigned to a group.

        `GET /organization/groups/{group_id}/roles/{role_id}` (retrieve-group-role)

        Args:
            group_id: The ID of the group to inspect.

            role_id: The ID of the organization role to retrieve for the group.

            credentials: The bearer token the request was authorised with.
        """
        raise NotImplementedError

    async def delete(
        self, *, group_id: str, role_id: str, credentials: str
    ) -> DeletedRoleAssignmentResource:
        """Unassigns an organization role from a group within the organization.

        `DELETE /organization/groups/{group_id}/roles/{role_id}` (unassign-group-role)

        Args:
            group_id: The ID of the group to modify.

            role_id: The ID of the organization role to remove from the group.

            credentials: The bearer token the request was authorised with.
        """
        raise NotImplementedError


class AdminOrganizationGroupsUsers:
    """The operations of `admin.organization.groups.users` (`AdminOrganizationGroupsUsersHandler`)."""

    async def list(
        self,
        *,
        group_id: str,
        limit: Optional[int],
        after: Optional[str],
        order: Optional[Literal["asc", "desc"]],
        credentials: str,
    ) -> UserListResource:
        """Lists the users assigned to a group.

        `GET /organization/groups/{group_id}/users` (list-group-users)

        Args:
            group_id: The ID of the group to inspect.

            limit: A limit on the number of users to be returned. Limit can range
                between 0 and 1000, and the default is 100.

            after: A cursor for use in pagination. Provide the ID of the last user
                from the previous list response to retrieve the next page.

            order: Specifies the sort order of users in the list.

            credentials: The bearer token the request was authorised with.
        """
        raise NotImplementedError

    async def create(
        self, *, group_id: str, body: CreateGroupUserBody, credentials: str
    ) -> GroupUserAssignment:
        """Adds a user to a group.

        `POST /organization/groups/{group_id}/users` (add-group-user)

        Args:
            group_id: The ID of the group to update.

            body: Identifies the user that should be added to the group.

            credentials: The bearer token the request was authorised with.
        """
        raise NotImplementedError

    async def retrieve(
        self, *, group_id: str, user_id: str, credentials: str
    ) -> GroupMemberUser:
        """Retrieves a user in a group.

        `GET /organization/groups/{group_id}/users/{user_id}` (retrieve-group-user)

        Args:
            group_id: The ID of the group to inspect.

            user_id: The ID of the user to retrieve from the group.

            credentials: The bearer token the request was authorised with.
        """
        raise NotImplementedError

    async def delete(
        self, *, group_id: str, user_id: str, credentials: str
    ) -> GroupUserDeletedResource:
        """Removes a user from a group.

        `DELETE /organization/groups/{group_id}/users/{user_id}` (remove-group-user)

        Args:
            group_id: The ID of the group to update.

            user_id: The ID of the user to remove from the group.

            credentials: The bearer token the request was authorised with.
        """
        raise NotImplementedError


class AdminOrganizationInvites:
    """The operations of `admin.organization.invites` (`AdminOrganizationInvitesHandler`)."""

    async def list(
        self, *, limit: Optional[int], after: Optional[str], credentials: str
    ) -> InviteListResponse:
        """Returns a list of invites in the organization.

        `GET /organization/invites` (list-invites)

        Args:
            limit: A limit on the number of objects to be returned. Limit can range
                between 1 and 100, and the default is 20.

            after: A cursor for use in pagination. `after` is an object ID that
                defines your place in the list. For instance, if you make a list request
                and receive 100 objects, ending with obj_foo, your subsequent call can
                include after=obj_foo in order to fetch the next page of the list.

            credentials: The bearer token the request was authorised with.
        """
        raise NotImplementedError

    async def create(self, *, body: InviteRequest, credentials: str) -> Invite:
        """Create an invite for a user to the organization. The invite must be accepted by
        the user before they have access to the organization.

        `POST /organization/invites` (inviteUser)

        Args:
            body: The invite request payload.

            credentials: The bearer token the request was authorised with.
        """
        raise NotImplementedError

    async def retrieve(self, *, invite_id: str, credentials: str) -> Invite:
        """Retrieves an invite.

        `GET /organization/invites/{invite_id}` (retrieve-invite)

        Args:
            invite_id: The ID of the invite to retrieve.

            credentials: The bearer token the request was authorised with.
        """
        raise NotImplementedError

    async def delete(self, *, invite_id: str, credentials: str) -> InviteDeleteResponse:
        """Delete an invite. If the invite has already been accepted, it cannot be deleted.

        `DELETE /organization/invites/{invite_id}` (delete-invite)

        Args:
            invite_id: The ID of the invite to delete.

            credentials: The bearer token the request was authorised with.
        """
        raise NotImplementedError


class AdminOrganizationProjects:
    """The operations of `admin.organization.projects` (`AdminOrganizationProjectsHandler`)."""

    async def list(
        self,
        *,
        limit: Optional[int],
        after: Optional[str],
        include_archived: Optional[bool],
        credentials: str,
    ) -> ProjectListResponse:
        """Returns a list of projects.

        `GET /organization/projects` (list-projects)

        Args:
            limit: A limit on the number of objects to be returned. Limit can range
                between 1 and 100, and the default is 20.

            after: A cursor for use in pagination. `after` is an object ID that
                defines your place in the list. For instance, if you make a list request
                and receive 100 objects, ending with obj_foo, your subsequent call can
                include after=obj_foo in order to fetch the next page of the list.

            include_archived: If `true` returns all projects including those that
                have been `archived`. Archived projects are not included by default.

            credentials: The bearer token the request was authorised with.
        """
        raise NotImplementedError

    async def create(self, *, body: ProjectCreateRequest, credentials: str) -> Project:
        """Create a new project in the organization. Projects can be created and archived,
        but cannot be deleted.

        `POST /organization/projects` (create-project)

        Args:
            body: The project create request payload.

            credentials: The bearer token the request was authorised with.
        """
        raise NotImplementedError

    async def retrieve(self, *, project_id: str, credentials: str) -> Project:
        """Retrieves a project.

        `GET /organization/projects/{project_id}` (retrieve-project)

        Args:
            project_id: The ID of the project.

            credentials: The bearer token the request was authorised with.
        """
        raise NotImplementedError

    async def update(
        self, *, project_id: str, body: ProjectUpdateRequest, credentials: str
    ) -> Project:
        """Modifies a project in the organization.

        `POST /organization/projects/{project_id}` (modify-project)

        Args:
            project_id: The ID of the project.

            body: The project update request payload.

            credentials: The bearer token the request was authorised with.
        """
        raise NotImplementedError

    async def archive(self, *, project_id: str, credentials: str) -> Project:
        """Archives a project in the organization. Archived projects cannot be used or
        updated.

        `POST /organization/projects/{project_id}/archive` (archive-project)

        Args:
            project_id: The ID of the project.

            credentials: The bearer token the request was authorised with.
        """
        raise NotImplementedError


class AdminOrganizationProjectsApiKeys:
    """The operations of `admin.organization.projects.api_keys` (`AdminOrganizationProjectsApiKeysHandler`)."""

    async def list(
        self,
        *,
        project_id: str,
        limit: Optional[int],
        after: Optional[str],
        owner_project_access: Optional[Literal["active", "inactive", "any"]],
        credentials: str,
    ) -> ProjectApiKeyListResponse:
        """Returns a list of API keys in the project.

        `GET /organization/projects/{project_id}/api_keys` (list-project-api-keys)

        Args:
            project_id: The ID of the project.

            limit: A limit on the number of objects to be returned. Limit can range
                between 1 and 100, and the default is 20.

            after: A cursor for use in pagination. `after` is an object ID that
                defines your place in the list. For instance, if you make a list request
                and receive 100 objects, ending with obj_foo, your subsequent call can
                include after=obj_foo in order to fetch the next page of the list.

            owner_project_access: Filter API keys by whether the owner currently has
                effective access to the project. Use `active` for owners with access,
                `inactive` for owners without access, or `any` for all enabled project
                API keys. If omitted, the endpoint applies its existing membership-based
                visibility rules, which may exclude some enabled keys.

            credentials: The bearer token the request was authorised with.
        """
        raise NotImplementedError

    async def retrieve(
        self, *, project_id: str, api_key_id: str, credentials: str
    ) -> ProjectApiKey:
        """Retrieves an API key in the project.

        `GET /organization/projects/{project_id}/api_keys/{api_key_id}`
        (retrieve-project-api-key)

        Args:
            project_id: The ID of the project.

            api_key_id: The ID of the API key.

            credentials: The bearer token the request was authorised with.
        """
        raise NotImplementedError

    async def delete(
        self, *, project_id: str, api_key_id: str, credentials: str
    ) -> ProjectApiKeyDeleteResponse:
        """Deletes an API key from the project.

        Returns confirmation of the key deletion, or an error if the key belonged to a
        service account.

        `DELETE /organization/projects/{project_id}/api_keys/{api_key_id}`
        (delete-project-api-key)

        Args:
            project_id: The ID of the project.

            api_key_id: The ID of the API key.

            credentials: The bearer token the request was authorised with.
        """
        raise NotImplementedError


class AdminOrganizationProjectsCertificates:
    """The operations of `admin.organization.projects.certificates` (`AdminOrganizationProjectsCertificatesHandler`)."""

    async def list(
        self,
        *,
        project_id: str,
        limit: Optional[int],
        after: Optional[str],
        order: Optional[Literal["asc", "desc"]],
        credentials: str,
    ) -> ListProjectCertificatesResponse:
        """List certificates for this project.

        `GET /organization/projects/{project_id}/certificates` (listProjectCertificates)

        Args:
            project_id: The ID of the project.

            limit: A limit on the number of objects to be returned. Limit can range
                between 1 and 100, and the default is 20.

            after: A cursor for use in pagination. `after` is an object ID that
                defines your place in the list. For instance, if you make a list request
                and receive 100 objects, ending with obj_foo, your subsequent call can
                include after=obj_foo in order to fetch the next page of the list.

            order: Sort order by the `created_at` timestamp of the objects. `asc`
                for ascending order and `desc` for descending order.

            credentials: The bearer token the request was authorised with.
        """
        raise NotImplementedError

    async def activate(
        self, *, project_id: str, body: ToggleCertificatesRequest, credentials: str
    ) -> OrganizationProjectCertificateActivationResponse:
        """Activate certificates at the project level.

        You can atomically and idempotently activate up to 10 certificates at a time.

        `POST /organization/projects/{project_id}/certificates/activate`
        (activateProjectCertificates)

        Args:
            project_id: The ID of the project.

            body: The certificate activation payload.

            credentials: The bearer token the request was authorised with.
        """
        raise NotImplementedError

    async def deactivate(
        self, *, project_id: str, body: ToggleCertificatesRequest, credentials: str
    ) -> OrganizationProjectCertificateDeactivationResponse:
        """Deactivate certificates at the project level. You can atomically and
        idempotently deactivate up to 10 certificates at a time.

        `POST /organization/projects/{project_id}/certificates/deactivate`
        (deactivateProjectCertificates)

        Args:
            project_id: The ID of the project.

            body: The certificate deactivation payload.

            credentials: The bearer token the request was authorised with.
        """
        raise NotImplementedError


class AdminOrganizationProjectsDataRetention:
    """The operations of `admin.organization.projects.data_retention` (`AdminOrganizationProjectsDataRetentionHandler`)."""

    async def retrieve(
        self, *, project_id: str, credentials: str
    ) -> ProjectDataRetention:
        """Retrieves project data retention controls.

        `GET /organization/projects/{project_id}/data_retention`
        (retrieve-project-data-retention)

        Args:
            project_id: The ID of the project to inspect.

            credentials: The bearer token the request was authorised with.
        """
        raise NotImplementedError

    async def update(
        self, *, project_id: str, body: UpdateProjectDataRetentionBody, credentials: str
    ) -> ProjectDataRetention:
        """Updates project data retention controls.

        `POST /organization/projects/{project_id}/data_retention`
        (update-project-data-retention)

        Args:
            project_id: The ID of the project to update.

            body: The desired project data retention setting.

            credentials: The bearer token the request was authorised with.
        """
        raise NotImplementedError


class AdminOrganizationProjectsGroups:
    """The operations of `admin.organization.projects.groups` (`AdminOrganizationProjectsGroupsHandler`)."""

    async def list(
        self,
        *,
        project_id: str,
        limit: Optional[int],
        after: Optional[str],
        order: Optional[Literal["asc", "desc"]],
        credentials: str,
    ) -> ProjectGroupListResource:
        """Lists the groups that have access to a project.

        `GET /organization/projects/{project_id}/groups` (list-project-groups)

        Args:
            project_id: The ID of the project to inspect.

            limit: A limit on the number of project groups to return. Defaults to
                20.

            after: Cursor for pagination. Provide the ID of the last group from the
                previous response to fetch the next page.

            order: Sort order for the returned groups.

            credentials: The bearer token the request was authorised with.
        """
        raise NotImplementedError

    async def create(
        self, *, project_id: str, body: InviteProjectGroupBody, credentials: str
    ) -> ProjectGroup:
        """Grants a group access to a project.

        `POST /organization/projects/{project_id}/groups` (add-project-group)

        Args:
            project_id: The ID of the project to update.

            body: Identifies the group and role to assign to the project.

            credentials: The bearer token the request was authorised with.
        """
        raise NotImplementedError

    async def retrieve(
        self,
        *,
        project_id: str,
        group_id: str,
        group_type: Optional[Literal["group", "tenant_group"]],
        credentials: str,
    ) -> ProjectGroup:
        """Retrieves a project's group.

        `GET /organization/projects/{project_id}/groups/{group_id}`
        (retrieve-project-group)

        Args:
            project_id: The ID of the project to inspect.

            group_id: The ID of the group to retrieve.

            group_type: The type of group to retrieve.

            credentials: The bearer token the request was authorised with.
        """
        raise NotImplementedError

    async def delete(
        self, *, project_id: str, group_id: str, credentials: str
    ) -> ProjectGroupDeletedResource:
        """Revokes a group's access to a project.

        `DELETE /organization/projects/{project_id}/groups/{group_id}`
        (remove-project-group)

        Args:
            project_id: The ID of the project to update.

            group_id: The ID of the group to remove from the project.

            credentials: The bearer token the request was authorised with.
        """
        raise NotImplementedError


class AdminOrganizationProjectsGroupsRoles:
    """The operations of `admin.organization.projects.groups.roles` (`AdminOrganizationProjectsGroupsRolesHandler`)."""

    async def list(
        self,
        *,
        project_id: str,
        group_id: str,
        limit: Optional[int],
        after: Optional[str],
        order: Optional[Literal["asc", "desc"]],
        credentials: str,
    ) -> RoleListResource:
        """Lists the project roles assigned to a group within a project.

        `GET /projects/{project_id}/groups/{group_id}/roles`
        (list-project-group-role-assignments)

        Args:
            project_id: The ID of the project to inspect.

            group_id: The ID of the group to inspect.

            limit: A limit on the number of project role assignments to return.

            after: Cursor for pagination. Provide the value from the previous
                response's `next` field to continue listing project roles.

            order: Sort order for the returned project roles.

            credentials: The bearer token the request was authorised with.
        """
        raise NotImplementedError

    async def create(
        self,
        *,
        project_id: str,
        group_id: str,
        body: PublicAssignOrganizationGroupRoleBody,
        credentials: str,
    ) -> GroupRoleAssignment:
        """Assigns a project role to a group within a project.

        `POST /projects/{project_id}/groups/{group_id}/roles`
        (assign-project-group-role)

        Args:
            project_id: The ID of the project to update.

            group_id: The ID of the group that should receive the project role.

            body: Identifies the project role to assign to the group.

            credentials: The bearer token the request was authorised with.
        """
        raise NotImplementedError

    async def retrieve(
        self, *, project_id: str, group_id: str, role_id: str, credentials: str
    ) -> AssignedRoleDetails:
        """Retrieves a project role assigned to a group.

        `GET /projects/{project_id}/groups/{group_id}/roles/{role_id}`
        (retrieve-project-group-role)

        Args:
            project_id: The ID of the project to inspect.

            group_id: The ID of the group to inspect.

            role_id: The ID of the project role to retrieve for the group.

            credentials: The bearer token the request was authorised with.
        """
        raise NotImplementedError

    async def delete(
        self, *, project_id: str, group_id: str, role_id: str, credentials: str
    ) -> DeletedRoleAssignmentResource:
        """Unassigns a project role from a group within a project.

        `DELETE /projects/{project_id}/groups/{group_id}/roles/{role_id}`
        (unassign-project-group-role)

        Args:
            project_id: The ID of the project to modify.

            group_id: The ID of the group whose project role assignment should be
                removed.

            role_id: The ID of the project role to remove from the group.

            credentials: The bearer token the request was authorised with.
        """
        raise NotImplementedError


class AdminOrganizationProjectsHostedToolPermissions:
    """The operations of `admin.organization.projects.hosted_tool_permissions` (`AdminOrganizationProjectsHostedToolPermissionsHandler`)."""

    async def retrieve(
        self, *, project_id: str, credentials: str
    ) -> ProjectHostedToolPermissions:
        """Returns hosted tool permissions for a project.

        `GET /organization/projects/{project_id}/hosted_tool_permissions`
        (retrieve-project-hosted-tool-permissions)

        Args:
            project_id: The ID of the project.

            credentials: The bearer token the request was authorised with.
        """
        raise NotImplementedError

    async def update(
        self,
        *,
        project_id: str,
        body: ProjectHostedToolPermissionsUpdateRequest,
        credentials: str,
    ) -> ProjectHostedToolPermissions:
        """Updates hosted tool permissions for a project.

        `POST /organization/projects/{project_id}/hosted_tool_permissions`
        (update-project-hosted-tool-permissions)

        Args:
            project_id: The ID of the project.

            body: The project hosted tool permissions update request payload.

            credentials: The bearer token the request was authorised with.
        """
        raise NotImplementedError


class AdminOrganizationProjectsModelPermissions:
    """The operations of `admin.organization.projects.model_permissions` (`AdminOrganizationProjectsModelPermissionsHandler`)."""

    async def retrieve(
        self, *, project_id: str, credentials: str
    ) -> ProjectModelPermissions:
        """Returns model permissions for a project.

        `GET /organization/projects/{project_id}/model_permissions`
        (retrieve-project-model-permissions)

        Args:
            project_id: The ID of the project.

            credentials: The bearer token the request was authorised with.
        """
        raise NotImplementedError

    async def update(
        self,
        *,
        project_id: str,
        body: ProjectModelPermissionsUpdateRequest,
        credentials: str,
    ) -> ProjectModelPermissions:
        """Updates model permissions for a project.

        `POST /organization/projects/{project_id}/model_permissions`
        (update-project-model-permissions)

        Args:
            project_id: The ID of the project.

            body: The project model permissions update request payload.

            credentials: The bearer token the request was authorised with.
        """
        raise NotImplementedError

    async def delete(
        self, *, project_id: str, credentials: str
    ) -> ProjectModelPermissionsDeleteResponse:
        """Deletes model permissions for a project.

        `DELETE /organization/projects/{project_id}/model_permissions`
        (delete-project-model-permissions)

        Args:
            project_id: The ID of the project.

            credentials: The bearer token the request was authorised with.
        """
        raise NotImplementedError


class AdminOrganizationProjectsRateLimits:
    """The operations of `admin.organization.projects.rate_limits` (`AdminOrganizationProjectsRateLimitsHandler`)."""

    async def list_rate_limits(
        self,
        *,
        project_id: str,
        limit: Optional[int],
        after: Optional[str],
        before: Optional[str],
        credentials: str,
    ) -> ProjectRateLimitListResponse:
        """Returns the rate limits per model for a project.

        `GET /organization/projects/{project_id}/rate_limits` (list-project-rate-limits)

        Args:
            project_id: The ID of the project.

            limit: A limit on the number of objects to be returned. The default is
                100.

            after: A cursor for use in pagination. `after` is an object ID that
                defines your place in the list. For instance, if you make a list request
                and receive 100 objects, ending with obj_foo, your subsequent call can
                include after=obj_foo in order to fetch the next page of the list.

            before: A cursor for use in pagination. `before` is an object ID that
                defines your place in the list. For instance, if you make a list request
                and receive 100 objects, beginning with obj_foo, your subsequent call
                can include before=obj_foo in order to fetch the previous page of the
                list.

            credentials: The bearer token the request was authorised with.
        """
        raise NotImplementedError

    async def update_rate_limit(
        self,
        *,
        project_id: str,
        rate_limit_id: str,
        body: ProjectRateLimitUpdateRequest,
        credentials: str,
    ) -> ProjectRateLimit:
        """Updates a project rate limit.

        `POST /organization/projects/{project_id}/rate_limits/{rate_limit_id}`
        (update-project-rate-limits)

        Args:
            project_id: The ID of the project.

            rate_limit_id: The ID of the rate limit.

            body: The project rate limit update request payload.

            credentials: The bearer token the request was authorised with.
        """
        raise NotImplementedError


class AdminOrganizationProjectsRoles:
    """The operations of `admin.organization.projects.roles` (`AdminOrganizationProjectsRolesHandler`)."""

    async def list(
        self,
        *,
        project_id: str,
        limit: Optional[int],
        after: Optional[str],
        order: Optional[Literal["asc", "desc"]],
        credentials: str,
    ) -> PublicRoleListResource:
        """Lists the roles configured for a project.

        `GET /projects/{project_id}/roles` (list-project-roles)

        Args:
            project_id: The ID of the project to inspect.

            limit: A limit on the number of roles to return. Defaults to 1000.

            after: Cursor for pagination. Provide the value from the previous
                response's `next` field to continue listing roles.

            order: Sort order for the returned roles.

            credentials: The bearer token the request was authorised with.
        """
        raise NotImplementedError

    async def create(
        self,
        *,
        project_id: str,
        body: PublicCreateOrganizationRoleBody,
        credentials: str,
    ) -> Role:
        """Creates a custom role for a project.

        `POST /projects/{project_id}/roles` (create-project-role)

        Args:
            project_id: The ID of the project to update.

            body: Parameters for the project role you want to create.

            credentials: The bearer token the request was authorised with.
        """
        raise NotImplementedError

    async def retrieve(
        self, *, project_id: str, role_id: str, credentials: str
    ) -> Role:
        """Retrieves a project role.

        `GET /projects/{project_id}/roles/{role_id}` (retrieve-project-role)

        Args:
            project_id: The ID of the project.

            role_id: The ID of the role to retrieve.

            credentials: The bearer token the request was authorised with.
        """
        raise NotImplementedError

    async def update(
        self,
        *,
        project_id: str,
        role_id: str,
        body: PublicUpdateOrganizationRoleBody,
        credentials: str,
    ) -> Role:
        """Updates an existing project role.

        `POST /projects/{project_id}/roles/{role_id}` (update-project-role)

        Args:
            project_id: The ID of the project to update.

            role_id: The ID of the role to update.

            body: Fields to update on the project role.

            credentials: The bearer token the request was authorised with.
        """
        raise NotImplementedError

    async def delete(
        self, *, project_id: str, role_id: str, credentials: str
    ) -> RoleDeletedResource:
        """Deletes a custom role from a project.

        `DELETE /projects/{project_id}/roles/{role_id}` (delete-project-role)

        Args:
            project_id: The ID of the project to update.

            role_id: The ID of the role to delete.

            credentials: The bearer token the request was authorised with.
        """
        raise NotImplementedError


class AdminOrganizationProjectsServiceAccounts:
    """The operations of `admin.organization.projects.service_accounts` (`AdminOrganizationProjectsServiceAccountsHandler`)."""

    async def list(
        self,
        *,
        project_id: str,
        limit: Optional[int],
        after: Optional[str],
        credentials: str,
    ) -> ProjectServiceAccountListResponse:
        """Returns a list of service accounts in the project.

        `GET /organization/projects/{project_id}/service_accounts`
        (list-project-service-accounts)

        Args:
            project_id: The ID of the project.

            limit: A limit on the number of objects to be returned. Limit can range
                between 1 and 100, and the default is 20.

            after: A cursor for use in pagination. `after` is an object ID that
                defines your place in the list. For instance, if you make a list request
                and receive 100 objects, ending with obj_foo, your subsequent call can
                include after=obj_foo in order to fetch the next page of the list.

            credentials: The bearer token the request was authorised with.
        """
        raise NotImplementedError

    async def create(
        self,
        *,
        project_id: str,
        body: ProjectServiceAccountCreateRequest,
        credentials: str,
    ) -> ProjectServiceAccountCreateResponse:
        """Creates a new service account in the project. By default, this also returns an
        unredacted API key for the service account.

        `POST /organization/projects/{project_id}/service_accounts`
        (create-project-service-account)

        Args:
            project_id: The ID of the project.

            body: The project service account create request payload.

            credentials: The bearer token the request was authorised with.
        """
        raise NotImplementedError

    async def retrieve(
        self, *, project_id: str, service_account_id: str, credentials: str
    ) -> ProjectServiceAccount:
        """Retrieves a service account in the project.

        `GET /organization/projects/{project_id}/service_accounts/{service_account_id}`
        (retrieve-project-service-account)

        Args:
            project_id: The ID of the project.

            service_account_id: The ID of the service account.

            credentials: The bearer token the request was authorised with.
        """
        raise NotImplementedError

    async def update(
        self,
        *,
        project_id: str,
        service_account_id: str,
        body: UpdateProjectServiceAccountBody,
        credentials: str,
    ) -> ProjectServiceAccount:
        """Updates a service account in the project.

        `POST /organization/projects/{project_id}/service_accounts/{service_account_id}`
        (update-project-service-account)

        Args:
            project_id: The ID of the project.

            service_account_id: The ID of the service account.

            body: Fields to update on the service account.

            credentials: The bearer token the request was authorised with.
        """
        raise NotImplementedError

    async def delete(
        self, *, project_id: str, service_account_id: str, credentials: str
    ) -> ProjectServiceAccountDeleteResponse:
        """Deletes a service account from the project.

        Returns confirmation of service account deletion, or an error if the project is
        archived (archived projects have no service accounts).

        `DELETE
        /organization/projects/{project_id}/service_accounts/{service_account_id}`
        (delete-project-service-account)

        Args:
            project_id: The ID of the project.

            service_account_id: The ID of the service account.

            credentials: The bearer token the request was authorised with.
        """
        raise NotImplementedError


class AdminOrganizationProjectsServiceAccountsApiKeys:
    """The operations of `admin.organization.projects.service_accounts.api_keys` (`AdminOrganizationProjectsServiceAccountsApiKeysHandler`)."""

    async def create(
        self,
        *,
        project_id: str,
        service_account_id: str,
        body: Optional[CreateProjectServiceAccountApiKeyBody],
        credentials: str,
    ) -> ServiceAccountApiKeyBody:
        """Creates an API key for a service account in the project.

        `POST
        /organization/projects/{project_id}/service_accounts/{service_account_id}/api_keys`
        (CreateanAPIkeyforaserviceaccount)

        Args:
            project_id: The ID of the project.

            service_account_id: The ID of the service account.

            body: The service account API key create request payload.

            credentials: The bearer token the request was authorised with.
        """
        raise NotImplementedError


class AdminOrganizationProjectsSpendAlerts:
    """The operations of `admin.organization.projects.spend_alerts` (`AdminOrganizationProjectsSpendAlertsHandler`)."""

    async def list(
        self,
        *,
        project_id: str,
        limit: Optional[int],
        order: Optional[Literal["asc", "desc"]],
        after: Optional[str],
        before: Optional[str],
        credentials: str,
    ) -> ProjectSpendAlertListResource:
        """Lists project spend alerts.

        `GET /organization/projects/{project_id}/spend_alerts`
        (list-project-spend-alerts)

        Args:
            project_id: The ID of the project to inspect.

            limit: A limit on the number of spend alerts to return. Defaults to 20.

            order: Sort order for the returned spend alerts.

            after: Cursor for pagination. Provide the ID of the last spend alert
                from the previous response to fetch the next page.

            before: Cursor for pagination. Provide the ID of the first spend alert
                from the previous response to fetch the previous page.

            credentials: The bearer token the request was authorised with.
        """
        raise NotImplementedError

    async def create(
        self, *, project_id: str, body: CreateSpendAlertBody, credentials: str
    ) -> ProjectSpendAlert:
        """Creates a project spend alert.

        `POST /organization/projects/{project_id}/spend_alerts`
        (create-project-spend-alert)

        Args:
            project_id: The ID of the project to update.

            body: Parameters for the project spend alert you want to create.

            credentials: The bearer token the request was authorised with.
        """
        raise NotImplementedError

    async def retrieve(
        self, *, project_id: str, alert_id: str, credentials: str
    ) -> ProjectSpendAlert:
        """Retrieves a project spend alert.

        `GET /organization/projects/{project_id}/spend_alerts/{alert_id}`
        (retrieve-project-spend-alert)

        Args:
            project_id: The ID of the project.

            alert_id: The ID of the spend alert to retrieve.

            credentials: The bearer token the request was authorised with.
        """
        raise NotImplementedError

    async def update(
        self,
        *,
        project_id: str,
        alert_id: str,
        body: CreateSpendAlertBody,
        credentials: str,
    ) -> ProjectSpendAlert:
        """Updates a project spend alert.

        `POST /organization/projects/{project_id}/spend_alerts/{alert_id}`
        (update-project-spend-alert)

        Args:
            project_id: The ID of the project to update.

            alert_id: The ID of the spend alert to update.

            body: Fields to update on the project spend alert.

            credentials: The bearer token the request was authorised with.
        """
        raise NotImplementedError

    async def delete(
        self, *, project_id: str, alert_id: str, credentials: str
    ) -> ProjectSpendAlertDeletedResource:
        """Deletes a project spend alert.

        `DELETE /organization/projects/{project_id}/spend_alerts/{alert_id}`
        (delete-project-spend-alert)

        Args:
            project_id: The ID of the project to update.

            alert_id: The ID of the spend alert to delete.

            credentials: The bearer token the request was authorised with.
        """
        raise NotImplementedError


class AdminOrganizationProjectsSpendLimit:
    """The operations of `admin.organization.projects.spend_limit` (`AdminOrganizationProjectsSpendLimitHandler`)."""

    async def retrieve(
        self, *, project_id: str, credentials: str
    ) -> ProjectSpendLimitResource:
        """Get a project's hard spend limit.

        `GET /organization/projects/{project_id}/spend_limit` (Getprojectspendlimit)

        Args:
            project_id: The ID of the project whose hard spend limit is being
                managed.

            credentials: The bearer token the request was authorised with.
        """
        raise NotImplementedError

    async def update(
        self, *, project_id: str, body: UpdateProjectSpendLimitBody, credentials: str
    ) -> ProjectSpendLimitResource:
        """Create or replace a project's hard spend limit.

        `POST /organization/projects/{project_id}/spend_limit` (Updateprojectspendlimit)

        Args:
            project_id: The ID of the project whose hard spend limit is being
                managed.

            body: Parameters for the hard spend limit you want to create or replace.

            credentials: The bearer token the request was authorised with.
        """
        raise NotImplementedError

    async def delete(
        self, *, project_id: str, credentials: str
    ) -> ProjectSpendLimitDeletedResource:
        """Delete a project's hard spend limit.

        `DELETE /organization/projects/{project_id}/spend_limit`
        (Deleteprojectspendlimit)

        Args:
            project_id: The ID of the project whose hard spend limit is being
                managed.

            credentials: The bearer token the request was authorised with.
        """
        raise NotImplementedError


class AdminOrganizationProjectsUsers:
    """The operations of `admin.organization.projects.users` (`AdminOrganizationProjectsUsersHandler`)."""

    async def list(
        self,
        *,
        project_id: str,
        limit: Optional[int],
        after: Optional[str],
        credentials: str,
    ) -> ProjectUserListResponse:
        """Returns a list of users in the project.

        `GET /organization/projects/{project_id}/users` (list-project-users)

        Args:
            project_id: The ID of the project.

            limit: A limit on the number of objects to be returned. Limit can range
                between 1 and 100, and the default is 20.

            after: A cursor for use in pagination. `after` is an object ID that
                defines your place in the list. For instance, if you make a list request
                and receive 100 objects, ending with obj_foo, your subsequent call can
                include after=obj_foo in order to fetch the next page of the list.

            credentials: The bearer token the request was authorised with.
        """
        raise NotImplementedError

    async def create(
        self, *, project_id: str, body: ProjectUserCreateRequest, credentials: str
    ) -> ProjectUser:
        """Adds a user to the project. Users must already be members of the organization to
        be added to a project.

        `POST /organization/projects/{project_id}/users` (create-project-user)

        Args:
            project_id: The ID of the project.

            body: The project user create request payload.

            credentials: The bearer token the request was authorised with.
        """
        raise NotImplementedError

    async def retrieve(
        self, *, project_id: str, user_id: str, credentials: str
    ) -> ProjectUser:
        """Retrieves a user in the project.

        `GET /organization/projects/{project_id}/users/{user_id}`
        (retrieve-project-user)

        Args:
            project_id: The ID of the project.

            user_id: The ID of the user.

            credentials: The bearer token the request was authorised with.
        """
        raise NotImplementedError

    async def update(
        self,
        *,
        project_id: str,
        user_id: str,
        body: ProjectUserUpdateRequest,
        credentials: str,
    ) -> ProjectUser:
        """Modifies a user's role in the project.

        `POST /organization/projects/{project_id}/users/{user_id}` (modify-project-user)

        Args:
            project_id: The ID of the project.

            user_id: The ID of the user.

            body: The project user update request payload.

            credentials: The bearer token the request was authorised with.
        """
        raise NotImplementedError

    async def delete(
        self, *, project_id: str, user_id: str, credentials: str
    ) -> ProjectUserDeleteResponse:
        """Deletes a user from the project.

        Returns confirmation of project user deletion, or an error if the project is
        archived (archived projects have no users).

        `DELETE /organization/projects/{project_id}/users/{user_id}`
        (delete-project-user)

        Args:
            project_id: The ID of the project.

            user_id: The ID of the user.

            credentials: The bearer token the request was authorised with.
        """
        raise NotImplementedError


class AdminOrganizationProjectsUsersRoles:
    """The operations of `admin.organization.projects.users.roles` (`AdminOrganizationProjectsUsersRolesHandler`)."""

    async def list(
        self,
        *,
        project_id: str,
        user_id: str,
        limit: Optional[int],
        after: Optional[str],
        order: Optional[Literal["asc", "desc"]],
        credentials: str,
    ) -> RoleListResource:
        """Lists the project roles assigned to a user within a project.

        `GET /projects/{project_id}/users/{user_id}/roles`
        (list-project-user-role-assignments)

        Args:
            project_id: The ID of the project to inspect.

            user_id: The ID of the user to inspect.

            limit: A limit on the number of project role assignments to return.

            after: Cursor for pagination. Provide the value from the previous
                response's `next` field to continue listing project roles.

            order: Sort order for the returned project roles.

            credentials: The bearer token the request was authorised with.
        """
        raise NotImplementedError

    async def create(
        self,
        *,
        project_id: str,
        user_id: str,
        body: PublicAssignOrganizationGroupRoleBody,
        credentials: str,
    ) -> UserRoleAssignment:
        """Assigns a project role to a user within a project.

        `POST /projects/{project_id}/users/{user_id}/roles` (assign-project-user-role)

        Args:
            project_id: The ID of the project to update.

            user_id: The ID of the user that should receive the project role.

            body: Identifies the project role to assign to the user.

            credentials: The bearer token the request was authorised with.
        """
        raise NotImplementedError

    async def retrieve(
        self, *, project_id: str, user_id: str, role_id: str, credentials: str
    ) -> AssignedRoleDetails:
        """Retrieves a project role assigned to a user.

        `GET /projects/{project_id}/users/{user_id}/roles/{role_id}`
        (retrieve-project-user-role)

        Args:
            project_id: The ID of the project to inspect.

            user_id: The ID of the user to inspect.

            role_id: The ID of the project role to retrieve for the user.

            credentials: The bearer token the request was authorised with.
        """
        raise NotImplementedError

    async def delete(
        self, *, project_id: str, user_id: str, role_id: str, credentials: str
    ) -> DeletedRoleAssignmentResource:
        """Unassigns a project role from a user within a project.

        `DELETE /projects/{project_id}/users/{user_id}/roles/{role_id}`
        (unassign-project-user-role)

        Args:
            project_id: The ID of the project to modify.

            user_id: The ID of the user whose project role assignment should be
                removed.

            role_id: The ID of the project role to remove from the user.

            credentials: The bearer token the request was authorised with.
        """
        raise NotImplementedError


class AdminOrganizationRoles:
    """The operations of `admin.organization.roles` (`AdminOrganizationRolesHandler`)."""

    async def list(
        self,
        *,
        limit: Optional[int],
        after: Optional[str],
        order: Optional[Literal["asc", "desc"]],
        credentials: str,
    ) -> PublicRoleListResource:
        """Lists the roles configured for the organization.

        `GET /organization/roles` (list-roles)

        Args:
            limit: A limit on the number of roles to return. Defaults to 1000.

            after: Cursor for pagination. Provide the value from the previous
                response's `next` field to continue listing roles.

            order: Sort order for the returned roles.

            credentials: The bearer token the request was authorised with.
        """
        raise NotImplementedError

    async def create(
        self, *, body: PublicCreateOrganizationRoleBody, credentials: str
    ) -> Role:
        """Creates a custom role for the organization.

        `POST /organization/roles` (create-role)

        Args:
            body: Parameters for the role you want to create.

            credentials: The bearer token the request was authorised with.
        """
        raise NotImplementedError

    async def retrieve(self, *, role_id: str, credentials: str) -> Role:
        """Retrieves an organization role.

        `GET /organization/roles/{role_id}` (retrieve-role)

        Args:
            role_id: The ID of the role to retrieve.

            credentials: The bearer token the request was authorised with.
        """
        raise NotImplementedError

    async def update(
        self, *, role_id: str, body: PublicUpdateOrganizationRoleBody, credentials: str
    ) -> Role:
        """Updates an existing organization role.

        `POST /organization/roles/{role_id}` (update-role)

        Args:
            role_id: The ID of the role to update.

            body: Fields to update on the role.

            credentials: The bearer token the request was authorised with.
        """
        raise NotImplementedError

    async def delete(self, *, role_id: str, credentials: str) -> RoleDeletedResource:
        """Deletes a custom role from the organization.

        `DELETE /organization/roles/{role_id}` (delete-role)

        Args:
            role_id: The ID of the role to delete.

            credentials: The bearer token the request was authorised with.
        """
        raise NotImplementedError


class AdminOrganizationSpendAlerts:
    """The operations of `admin.organization.spend_alerts` (`AdminOrganizationSpendAlertsHandler`)."""

    async def list(
        self,
        *,
        limit: Optional[int],
        order: Optional[Literal["asc", "desc"]],
        after: Optional[str],
        before: Optional[str],
        credentials: str,
    ) -> OrganizationSpendAlertListResource:
        """Lists organization spend alerts.

        `GET /organization/spend_alerts` (list-organization-spend-alerts)

        Args:
            limit: A limit on the number of spend alerts to return. Defaults to 20.

            order: Sort order for the returned spend alerts.

            after: Cursor for pagination. Provide the ID of the last spend alert
                from the previous response to fetch the next page.

            before: Cursor for pagination. Provide the ID of the first spend alert
                from the previous response to fetch the previous page.

            credentials: The bearer token the request was authorised with.
        """
        raise NotImplementedError

    async def create(
        self, *, body: CreateSpendAlertBody, credentials: str
    ) -> OrganizationSpendAlert:
        """Creates an organization spend alert.

        `POST /organization/spend_alerts` (create-organization-spend-alert)

        Args:
            body: Parameters for the organization spend alert you want to create.

            credentials: The bearer token the request was authorised with.
        """
        raise NotImplementedError

    async def retrieve(
        self, *, alert_id: str, credentials: str
    ) -> OrganizationSpendAlert:
        """Retrieves an organization spend alert.

        `GET /organization/spend_alerts/{alert_id}` (retrieve-organization-spend-alert)

        Args:
            alert_id: The ID of the spend alert to retrieve.

            credentials: The bearer token the request was authorised with.
        """
        raise NotImplementedError

    async def update(
        self, *, alert_id: str, body: CreateSpendAlertBody, credentials: str
    ) -> OrganizationSpendAlert:
        """Updates an organization spend alert.

        `POST /organization/spend_alerts/{alert_id}` (update-organization-spend-alert)

        Args:
            alert_id: The ID of the spend alert to update.

            body: Fields to update on the organization spend alert.

            credentials: The bearer token the request was authorised with.
        """
        raise NotImplementedError

    async def delete(
        self, *, alert_id: str, credentials: str
    ) -> OrganizationSpendAlertDeletedResource:
        """Deletes an organization spend alert.

        `DELETE /organization/spend_alerts/{alert_id}` (delete-organization-spend-alert)

        Args:
            alert_id: The ID of the spend alert to delete.

            credentials: The bearer token the request was authorised with.
        """
        raise NotImplementedError


class AdminOrganizationSpendLimit:
    """The operations of `admin.organization.spend_limit` (`AdminOrganizationSpendLimitHandler`)."""

    async def retrieve(self, *, credentials: str) -> OrganizationSpendLimitResource:
        """Get the organization's hard spend limit.

        `GET /organization/spend_limit` (Getorganizationspendlimit)

        Args:
            credentials: The bearer token the request was authorised with.
        """
        raise NotImplementedError

    async def update(
        self, *, body: UpdateOrganizationSpendLimitBody, credentials: str
    ) -> OrganizationSpendLimitResource:
        """Create or replace the organization's hard spend limit.

        `POST /organization/spend_limit` (Updateorganizationspendlimit)

        Args:
            body: Parameters for the hard spend limit you want to create or replace.

            credentials: The bearer token the request was authorised with.
        """
        raise NotImplementedError

    async def delete(
        self, *, credentials: str
    ) -> OrganizationSpendLimitDeletedResource:
        """Delete the organization's hard spend limit.

        `DELETE /organization/spend_limit` (Deleteorganizationspendlimit)

        Args:
            credentials: The bearer token the request was authorised with.
        """
        raise NotImplementedError


class AdminOrganizationUsage:
    """The operations of `admin.organization.usage` (`AdminOrganizationUsageHandler`)."""

    async def costs(
        self,
        *,
        start_time: int,
        end_time: Optional[int],
        bucket_width: Optional[Literal["1d"]],
        project_ids: Optional[List[str]],
        api_key_ids: Optional[List[str]],
        group_by: Optional[List[Literal["project_id", "line_item", "api_key_id"]]],
        limit: Optional[int],
        page: Optional[str],
        credentials: str,
    ) -> UsageResponse:
        """Get costs details for the organization.

        `GET /organization/costs` (usage-costs)

        Args:
            start_time: Start time (Unix seconds) of the query time range,
                inclusive.

            end_time: End time (Unix seconds) of the query time range, exclusive.

            bucket_width: Width of each time bucket in response. Currently only `1d`
                is supported, default to `1d`.

            project_ids: Return only costs for these projects.

            api_key_ids: Return only costs for these API keys.

            group_by: Group the costs by the specified fields. Support fields
                include `project_id`, `line_item`, `api_key_id` and any combination of
                them.

            limit: A limit on the number of buckets to be returned. Limit can range
                between 1 and 180, and the default is 7.

            page: A cursor for use in pagination. Corresponding to the `next_page`
                field from the previous response.

            credentials: The bearer token the request was authorised with.
        """
        raise NotImplementedError

    async def audio_speeches(
        self,
        *,
        start_time: int,
        end_time: Optional[int],
        bucket_width: Optional[Literal["1m", "1h", "1d"]],
        project_ids: Optional[List[str]],
        user_ids: Optional[List[str]],
        api_key_ids: Optional[List[str]],
        models: Optional[List[str]],
        group_by: Optional[
            List[Literal["project_id", "user_id", "api_key_id", "model"]]
        ],
        limit: Optional[int],
        page: Optional[str],
        credentials: str,
    ) -> UsageResponse:
        """Get audio speeches usage details for the organization.

        `GET /organization/usage/audio_speeches` (usage-audio-speeches)

        Args:
            start_time: Start time (Unix seconds) of the query time range,
                inclusive.

            end_time: End time (Unix seconds) of the query time range, exclusive.

            bucket_width: Width of each time bucket in response. Currently `1m`,
                `1h` and `1d` are supported, default to `1d`.

            project_ids: Return only usage for these projects.

            user_ids: Return only usage for these users.

            api_key_ids: Return only usage for these API keys.

            models: Return only usage for these models.

            group_by: Group the usage data by the specified fields. Support fields
                include `project_id`, `user_id`, `api_key_id`, `model` or any
                combination of them.

            limit: Specifies the number of buckets to return.
                - `bucket_width=1d`: default: 7, max: 31
                - `bucket_width=1h`: default: 24, max: 168
                - `bucket_width=1m`: default: 60, max: 1440

            page: A cursor for use in pagination. Corresponding to the `next_page`
                field from the previous response.

            credentials: The bearer token the request was authorised with.
        """
        raise NotImplementedError

    async def audio_transcriptions(
        self,
        *,
        start_time: int,
        end_time: Optional[int],
        bucket_width: Optional[Literal["1m", "1h", "1d"]],
        project_ids: Optional[List[str]],
        user_ids: Optional[List[str]],
        api_key_ids: Optional[List[str]],
        models: Optional[List[str]],
        group_by: Optional[
            List[Literal["project_id", "user_id", "api_key_id", "model"]]
        ],
        limit: Optional[int],
        page: Optional[str],
        credentials: str,
    ) -> UsageResponse:
        """Get audio transcriptions usage details for the organization.

        `GET /organization/usage/audio_transcriptions` (usage-audio-transcriptions)

        Args:
            start_time: Start time (Unix seconds) of the query time range,
                inclusive.

            end_time: End time (Unix seconds) of the query time range, exclusive.

            bucket_width: Width of each time bucket in response. Currently `1m`,
                `1h` and `1d` are supported, default to `1d`.

            project_ids: Return only usage for these projects.

            user_ids: Return only usage for these users.

            api_key_ids: Return only usage for these API keys.

            models: Return only usage for these models.

            group_by: Group the usage data by the specified fields. Support fields
                include `project_id`, `user_id`, `api_key_id`, `model` or any
                combination of them.

            limit: Specifies the number of buckets to return.
                - `bucket_width=1d`: default: 7, max: 31
                - `bucket_width=1h`: default: 24, max: 168
                - `bucket_width=1m`: default: 60, max: 1440

            page: A cursor for use in pagination. Corresponding to the `next_page`
                field from the previous response.

            credentials: The bearer token the request was authorised with.
        """
        raise NotImplementedError

    async def code_interpreter_sessions(
        self,
        *,
        start_time: int,
        end_time: Optional[int],
        bucket_width: Optional[Literal["1m", "1h", "1d"]],
        project_ids: Optional[List[str]],
        group_by: Optional[List[Literal["project_id"]]],
        limit: Optional[int],
        page: Optional[str],
        credentials: str,
    ) -> UsageResponse:
        """Get code interpreter sessions usage details for the organization.

        `GET /organization/usage/code_interpreter_sessions`
        (usage-code-interpreter-sessions)

        Args:
            start_time: Start time (Unix seconds) of the query time range,
                inclusive.

            end_time: End time (Unix seconds) of the query time range, exclusive.

            bucket_width: Width of each time bucket in response. Currently `1m`,
                `1h` and `1d` are supported, default to `1d`.

            project_ids: Return only usage for these projects.

            group_by: Group the usage data by the specified fields. Support fields
                include `project_id`.

            limit: Specifies the number of buckets to return.
                - `bucket_width=1d`: default: 7, max: 31
                - `bucket_width=1h`: default: 24, max: 168
                - `bucket_width=1m`: default: 60, max: 1440

            page: A cursor for use in pagination. Corresponding to the `next_page`
                field from the previous response.

            credentials: The bearer token the request was authorised with.
        """
        raise NotImplementedError

    async def completions(
        self,
        *,
        start_time: int,
        end_time: Optional[int],
        bucket_width: Optional[Literal["1m", "1h", "1d"]],
        project_ids: Optional[List[str]],
        user_ids: Optional[List[str]],
        api_key_ids: Optional[List[str]],
        models: Optional[List[str]],
        batch: Optional[bool],
        group_by: Optional[
            List[
                Literal[
                    "project_id",
                    "user_id",
                    "api_key_id",
                    "model",
                    "batch",
                    "service_tier",
                ]
            ]
        ],
        limit: Optional[int],
        page: Optional[str],
        credentials: str,
    ) -> UsageResponse:
        """Get completions usage details for the organization.

        `GET /organization/usage/completions` (usage-completions)

        Args:
            start_time: Start time (Unix seconds) of the query time range,
                inclusive.

            end_time: End time (Unix seconds) of the query time range, exclusive.

            bucket_width: Width of each time bucket in response. Currently `1m`,
                `1h` and `1d` are supported, default to `1d`.

            project_ids: Return only usage for these projects.

            user_ids: Return only usage for these users.

            api_key_ids: Return only usage for these API keys.

            models: Return only usage for these models.

            batch: If `true`, return batch jobs only. If `false`, return non-batch
                jobs only. By default, return both.

            group_by: Group the usage data by the specified fields. Support fields
                include `project_id`, `user_id`, `api_key_id`, `model`, `batch`,
                `service_tier` or any combination of them.

            limit: Specifies the number of buckets to return.
                - `bucket_width=1d`: default: 7, max: 31
                - `bucket_width=1h`: default: 24, max: 168
                - `bucket_width=1m`: default: 60, max: 1440

            page: A cursor for use in pagination. Corresponding to the `next_page`
                field from the previous response.

            credentials: The bearer token the request was authorised with.
        """
        raise NotImplementedError

    async def embeddings(
        self,
        *,
        start_time: int,
        end_time: Optional[int],
        bucket_width: Optional[Literal["1m", "1h", "1d"]],
        project_ids: Optional[List[str]],
        user_ids: Optional[List[str]],
        api_key_ids: Optional[List[str]],
        models: Optional[List[str]],
        group_by: Optional[
            List[Literal["project_id", "user_id", "api_key_id", "model"]]
        ],
        limit: Optional[int],
        page: Optional[str],
        credentials: str,
    ) -> UsageResponse:
        """Get embeddings usage details for the organization.

        `GET /organization/usage/embeddings` (usage-embeddings)

        Args:
            start_time: Start time (Unix seconds) of the query time range,
                inclusive.

            end_time: End time (Unix seconds) of the query time range, exclusive.

            bucket_width: Width of each time bucket in response. Currently `1m`,
                `1h` and `1d` are supported, default to `1d`.

            project_ids: Return only usage for these projects.

            user_ids: Return only usage for these users.

            api_key_ids: Return only usage for these API keys.

            models: Return only usage for these models.

            group_by: Group the usage data by the specified fields. Support fields
                include `project_id`, `user_id`, `api_key_id`, `model` or any
                combination of them.

            limit: Specifies the number of buckets to return.
                - `bucket_width=1d`: default: 7, max: 31
                - `bucket_width=1h`: default: 24, max: 168
                - `bucket_width=1m`: default: 60, max: 1440

            page: A cursor for use in pagination. Corresponding to the `next_page`
                field from the previous response.

            credentials: The bearer token the request was authorised with.
        """
        raise NotImplementedError

    async def file_search_calls(
        self,
        *,
        start_time: int,
        end_time: Optional[int],
        bucket_width: Optional[Literal["1m", "1h", "1d"]],
        project_ids: Optional[List[str]],
        user_ids: Optional[List[str]],
        api_key_ids: Optional[List[str]],
        vector_store_ids: Optional[List[str]],
        group_by: Optional[
            List[Literal["project_id", "user_id", "api_key_id", "vector_store_id"]]
        ],
        limit: Optional[int],
        page: Optional[str],
        credentials: str,
    ) -> UsageResponse:
        """Get file search calls usage details for the organization.

        `GET /organization/usage/file_search_calls` (usage-file-search-calls)

        Args:
            start_time: Start time (Unix seconds) of the query time range,
                inclusive.

            end_time: End time (Unix seconds) of the query time range, exclusive.

            bucket_width: Width of each time bucket in response. Currently `1m`,
                `1h` and `1d` are supported, default to `1d`.

            project_ids: Return only usage for these projects.

            user_ids: Return only usage for these users.

            api_key_ids: Return only usage for these API keys.

            vector_store_ids: Return only usage for these vector stores.

            group_by: Group the usage data by the specified fields. Support fields
                include `project_id`, `user_id`, `api_key_id`, `vector_store_id` or any
                combination of them.

            limit: Specifies the number of buckets to return.
                - `bucket_width=1d`: default: 7, max: 31
                - `bucket_width=1h`: default: 24, max: 168
                - `bucket_width=1m`: default: 60, max: 1440

            page: A cursor for use in pagination. Corresponding to the `next_page`
                field from the previous response.

            credentials: The bearer token the request was authorised with.
        """
        raise NotImplementedError

    async def images(
        self,
        *,
        start_time: int,
        end_time: Optional[int],
        bucket_width: Optional[Literal["1m", "1h", "1d"]],
        sources: Optional[
            List[Literal["image.generation", "image.edit", "image.variation"]]
        ],
        sizes: Optional[
            List[Literal["256x256", "512x512", "1024x1024", "1792x1792", "1024x1792"]]
        ],
        project_ids: Optional[List[str]],
        user_ids: Optional[List[str]],
        api_key_ids: Optional[List[str]],
        models: Optional[List[str]],
        group_by: Optional[
            List[
                Literal[
                    "project_id", "user_id", "api_key_id", "model", "size", "source"
                ]
            ]
        ],
        limit: Optional[int],
        page: Optional[str],
        credentials: str,
    ) -> UsageResponse:
        """Get images usage details for the organization.

        `GET /organization/usage/images` (usage-images)

        Args:
            start_time: Start time (Unix seconds) of the query time range,
                inclusive.

            end_time: End time (Unix seconds) of the query time range, exclusive.

            bucket_width: Width of each time bucket in response. Currently `1m`,
                `1h` and `1d` are supported, default to `1d`.

            sources: Return only usages for these sources. Possible values are
                `image.generation`, `image.edit`, `image.variation` or any combination
                of them.

            sizes: Return only usages for these image sizes. Possible values are
                `256x256`, `512x512`, `1024x1024`, `1792x1792`, `1024x1792` or any
                combination of them.

            project_ids: Return only usage for these projects.

            user_ids: Return only usage for these users.

            api_key_ids: Return only usage for these API keys.

            models: Return only usage for these models.

            group_by: Group the usage data by the specified fields. Support fields
                include `project_id`, `user_id`, `api_key_id`, `model`, `size`, `source`
                or any combination of them.

            limit: Specifies the number of buckets to return.
                - `bucket_width=1d`: default: 7, max: 31
                - `bucket_width=1h`: default: 24, max: 168
                - `bucket_width=1m`: default: 60, max: 1440

            page: A cursor for use in pagination. Corresponding to the `next_page`
                field from the previous response.

            credentials: The bearer token the request was authorised with.
        """
        raise NotImplementedError

    async def moderations(
        self,
        *,
        start_time: int,
        end_time: Optional[int],
        bucket_width: Optional[Literal["1m", "1h", "1d"]],
        project_ids: Optional[List[str]],
        user_ids: Optional[List[str]],
        api_key_ids: Optional[List[str]],
        models: Optional[List[str]],
        group_by: Optional[
            List[Literal["project_id", "user_id", "api_key_id", "model"]]
        ],
        limit: Optional[int],
        page: Optional[str],
        credentials: str,
    ) -> UsageResponse:
        """Get moderations usage details for the organization.

        `GET /organization/usage/moderations` (usage-moderations)

        Args:
            start_time: Start time (Unix seconds) of the query time range,
                inclusive.

            end_time: End time (Unix seconds) of the query time range, exclusive.

            bucket_width: Width of each time bucket in response. Currently `1m`,
                `1h` and `1d` are supported, default to `1d`.

            project_ids: Return only usage for these projects.

            user_ids: Return only usage for these users.

            api_key_ids: Return only usage for these API keys.

            models: Return only usage for these models.

            group_by: Group the usage data by the specified fields. Support fields
                include `project_id`, `user_id`, `api_key_id`, `model` or any
                combination of them.

            limit: Specifies the number of buckets to return.
                - `bucket_width=1d`: default: 7, max: 31
                - `bucket_width=1h`: default: 24, max: 168
                - `bucket_width=1m`: default: 60, max: 1440

            page: A cursor for use in pagination. Corresponding to the `next_page`
                field from the previous response.

            credentials: The bearer token the request was authorised with.
        """
        raise NotImplementedError

    async def vector_stores(
        self,
        *,
        start_time: int,
        end_time: Optional[int],
        bucket_width: Optional[Literal["1m", "1h", "1d"]],
        project_ids: Optional[List[str]],
        group_by: Optional[List[Literal["project_id"]]],
        limit: Optional[int],
        page: Optional[str],
        credentials: str,
    ) -> UsageResponse:
        """Get vector stores usage details for the organization.

        `GET /organization/usage/vector_stores` (usage-vector-stores)

        Args:
            start_time: Start time (Unix seconds) of the query time range,
                inclusive.

            end_time: End time (Unix seconds) of the query time range, exclusive.

            bucket_width: Width of each time bucket in response. Currently `1m`,
                `1h` and `1d` are supported, default to `1d`.

            project_ids: Return only usage for these projects.

            group_by: Group the usage data by the specified fields. Support fields
                include `project_id`.

            limit: Specifies the number of buckets to return.
                - `bucket_width=1d`: default: 7, max: 31
                - `bucket_width=1h`: default: 24, max: 168
                - `bucket_width=1m`: default: 60, max: 1440

            page: A cursor for use in pagination. Corresponding to the `next_page`
                field from the previous response.

            credentials: The bearer token the request was authorised with.
        """
        raise NotImplementedError

    async def web_search_calls(
        self,
        *,
        start_time: int,
        end_time: Optional[int],
        bucket_width: Optional[Literal["1m", "1h", "1d"]],
        project_ids: Optional[List[str]],
        user_ids: Optional[List[str]],
        api_key_ids: Optional[List[str]],
        models: Optional[List[str]],
        context_levels: Optional[List[Literal["low", "medium", "high"]]],
        group_by: Optional[
            List[
                Literal["project_id", "user_id", "api_key_id", "model", "context_level"]
            ]
        ],
        limit: Optional[int],
        page: Optional[str],
        credentials: str,
    ) -> UsageResponse:
        """Get web search calls usage details for the organization.

        `GET /organization/usage/web_search_calls` (usage-web-search-calls)

        Args:
            start_time: Start time (Unix seconds) of the query time range,
                inclusive.

            end_time: End time (Unix seconds) of the query time range, exclusive.

            bucket_width: Width of each time bucket in response. Currently `1m`,
                `1h` and `1d` are supported, default to `1d`.

            project_ids: Return only usage for these projects.

            user_ids: Return only usage for these users.

            api_key_ids: Return only usage for these API keys.

            models: Return only usage for these models.

            context_levels: Return only web search usage for these context levels.

            group_by: Group the usage data by the specified fields. Support fields
                include `project_id`, `user_id`, `api_key_id`, `model`, `context_level`
                or any combination of them.

            limit: Specifies the number of buckets to return.
                - `bucket_width=1d`: default: 7, max: 31
                - `bucket_width=1h`: default: 24, max: 168
                - `bucket_width=1m`: default: 60, max: 1440

            page: A cursor for use in pagination. Corresponding to the `next_page`
                field from the previous response.

            credentials: The bearer token the request was authorised with.
        """
        raise NotImplementedError


class AdminOrganizationUsers:
    """The operations of `admin.organization.users` (`AdminOrganizationUsersHandler`)."""

    async def list(
        self,
        *,
        limit: Optional[int],
        after: Optional[str],
        emails: Optional[List[str]],
        credentials: str,
    ) -> UserListResponse:
        """Lists all of the users in the organization.

        `GET /organization/users` (list-users)

        Args:
            limit: A limit on the number of objects to be returned. Limit can range
                between 1 and 100, and the default is 20.

            after: A cursor for use in pagination. `after` is an object ID that
                defines your place in the list. For instance, if you make a list request
                and receive 100 objects, ending with obj_foo, your subsequent call can
                include after=obj_foo in order to fetch the next page of the list.

            emails: Filter by the email address of users.

            credentials: The bearer token the request was authorised with.
        """
        raise NotImplementedError

    async def retrieve(self, *, user_id: str, credentials: str) -> User:
        """Retrieves a user by their identifier.

        `GET /organization/users/{user_id}` (retrieve-user)

        Args:
            user_id: The ID of the user.

            credentials: The bearer token the request was authorised with.
        """
        raise NotImplementedError

    async def update(
        self, *, user_id: str, body: UserRoleUpdateRequest, credentials: str
    ) -> User:
        """Modifies a user's role in the organization.

        `POST /organization/users/{user_id}` (modify-user)

        Args:
            user_id: The ID of the user.

            body: The new user role to modify. This must be one of `owner` or
                `member`.

            credentials: The bearer token the request was authorised with.
        """
        raise NotImplementedError

    async def delete(self, *, user_id: str, credentials: str) -> UserDeleteResponse:
        """Deletes a user from the organization.

        `DELETE /organization/users/{user_id}` (delete-user)

        Args:
            user_id: The ID of the user.

            credentials: The bearer token the request was authorised with.
        """
        raise NotImplementedError


class AdminOrganizationUsersRoles:
    """The operations of `admin.organization.users.roles` (`AdminOrganizationUsersRolesHandler`)."""

    async def list(
        self,
        *,
        user_id: str,
        limit: Optional[int],
        after: Optional[str],
        order: Optional[Literal["asc", "desc"]],
        credentials: str,
    ) -> RoleListResource:
        """Lists the organization roles assigned to a user within the organization.

        `GET /organization/users/{user_id}/roles` (list-user-role-assignments)

        Args:
            user_id: The ID of the user to inspect.

            limit: A limit on the number of organization role assignments to return.

            after: Cursor for pagination. Provide the value from the previous
                response's `next` field to continue listing organization roles.

            order: Sort order for the returned organization roles.

            credentials: The bearer token the request was authorised with.
        """
        raise NotImplementedError

    async def create(
        self,
        *,
        user_id: str,
        body: PublicAssignOrganizationGroupRoleBody,
        credentials: str,
    ) -> UserRoleAssignment:
        """Assigns an organization role to a user within the organization.

        `POST /organization/users/{user_id}/roles` (assign-user-role)

        Args:
            user_id: The ID of the user that should receive the organization role.

            body: Identifies the organization role to assign to the user.

            credentials: The bearer token the request was authorised with.
        """
        raise NotImplementedError

    async def retrieve(
        self, *, user_id: str, role_id: str, credentials: str
    ) -> AssignedRoleDetails:
        """Retrieves an organization role assigned to a user.

        `GET /organization/users/{user_id}/roles/{role_id}` (retrieve-user-role)

        Args:
            user_id: The ID of the user to inspect.

            role_id: The ID of the organization role to retrieve for the user.

            credentials: The bearer token the request was authorised with.
        """
        raise NotImplementedError

    async def delete(
        self, *, user_id: str, role_id: str, credentials: str
    ) -> DeletedRoleAssignmentResource:
        """Unassigns an organization role from a user within the organization.

        `DELETE /organization/users/{user_id}/roles/{role_id}` (unassign-user-role)

        Args:
            user_id: The ID of the user to modify.

            role_id: The ID of the organization role to remove from the user.

            credentials: The bearer token the request was authorised with.
        """
        raise NotImplementedError


class AudioSpeech:
    """The operations of `audio.speech` (`AudioSpeechHandler`)."""

    async def create(
        self, *, body: CreateSpeechRequest, credentials: str
    ) -> Union[bytes, AsyncIterator[bytes]]:
        """Generates audio from the input text.

        Returns the audio file content, or a stream of audio events.

        `POST /audio/speech` (createSpeech)

        Args:
            body: The `CreateSpeechRequest` request body (application/json).

            credentials: The bearer token the request was authorised with.
        """
        raise NotImplementedError


class AudioTranscriptions:
    """The operations of `audio.transcriptions` (`AudioTranscriptionsHandler`)."""

    async def create(
        self,
        *,
        file: UploadFile,
        model: Union[
            Literal[
                "whisper-1",
                "gpt-transcribe",
                "gpt-4o-transcribe",
                "gpt-4o-mini-transcribe",
                "gpt-4o-mini-transcribe-2025-12-15",
                "gpt-4o-transcribe-diarize",
            ],
            str,
        ],
        language: Optional[str],
        languages: Optional[List[str]],
        keywords: Optional[List[str]],
        prompt: Optional[str],
        response_format: Optional[AudioResponseFormat],
        temperature: Optional[float],
        include: Optional[List[TranscriptionInclude]],
        timestamp_granularities: Optional[List[Literal["word", "segment"]]],
        stream: Optional[bool],
        chunking_strategy: Optional[Union[Literal["auto"], VadConfig]],
        known_speaker_names: Optional[List[str]],
        known_speaker_references: Optional[List[str]],
        credentials: str,
    ) -> Union[
        Union[
            CreateTranscriptionResponseJson,
            CreateTranscriptionResponseDiarizedJson,
            CreateTranscriptionResponseVerboseJson,
        ],
        AsyncIterator[CreateTranscriptionResponseStreamEvent],
    ]:
        """Transcribes audio into the input language.

        Returns a transcription object in `json`, `diarized_json`, or `verbose_json`
        format, or a stream of transcript events.

        With `stream: true` in the body, return an async iterator of the stream's events
        (e.g. an async generator).

        `POST /audio/transcriptions` (createTranscription)

        Args:
            file: The audio file object (not file name) to transcribe, in one of
                these formats: flac, mp3, mp4, mpeg, mpga, m4a, ogg, wav, or webm. The
                request must include enough format metadata for the file to be
                identified. We recommend an extension-bearing filename and an
                appropriate content type.

            model: ID of the model to use. The options are `gpt-transcribe`,
                `gpt-4o-transcribe`, `gpt-4o-mini-transcribe`,
                `gpt-4o-mini-transcribe-2025-12-15`, `whisper-1` (which is powered by
                our open source Whisper V2 model), and `gpt-4o-transcribe-diarize`.

            language: The language of the input audio. Supplying the input language
                in [ISO-639-1](https://en.wikipedia.org/wiki/List_of_ISO_639-1_codes)
                (e.g. `en`) format will improve accuracy and latency.

            languages: Possible languages of the input audio, in
                [ISO-639-1](https://en.wikipedia.org/wiki/List_of_ISO_639-1_codes)
                format. Supported by `gpt-transcribe`.

            keywords: Words or phrases to guide transcription of the input audio.
                Supported by `gpt-transcribe`.

            prompt: An optional text to guide the model's style or continue a
                previous audio segment. The
                [prompt](https://platform.openai.com/docs/guides/speech-to-text#prompting)
                should match the audio language. This field is not supported when using
                `gpt-4o-transcribe-diarize`.

            response_format: The format of the output, in one of these options:
                `json`, `text`, `srt`, `verbose_json`, `vtt`, or `diarized_json`. For
                `gpt-4o-transcribe` and `gpt-4o-mini-transcribe`, the only supported
                format is `json`. For `gpt-4o-transcribe-diarize`, the supported formats
                are `json`, `text`, and `diarized_json`, with `diarized_json` required
                to receive speaker annotations.

            temperature: The sampling temperature, between 0 and 1. Higher values
                like 0.8 will make the output more random, while lower values like 0.2
                will make it more focused and deterministic. If set to 0, the model will
                use [log probability](https://en.wikipedia.org/wiki/Log_probability) to
                automatically increase the temperature until certain thresholds are hit.

            include: Additional information to include in the transcription
                response. `logprobs` will return the log probabilities of the tokens in
                the response to understand the model's confidence in the transcription.
                `logprobs` only works with response_format set to `json` and only with
                the models `gpt-4o-transcribe`, `gpt-4o-mini-transcribe`, and
                `gpt-4o-mini-transcribe-2025-12-15`. This field is not supported when
                using `gpt-4o-transcribe-diarize`.

            timestamp_granularities: The timestamp granularities to populate for
                this transcription. `response_format` must be set `verbose_json` to use
                timestamp granularities. Either or both of these options are supported:
                `word`, or `segment`. Note: There is no additional latency for segment
                timestamps, but generating word timestamps incurs additional latency.
                This option is not available for `gpt-4o-transcribe-diarize`.

            stream: If set to true, the model response data will be streamed to the
                client as it is generated using [server-sent
                events](https://developer.mozilla.org/en-US/docs/Web/API/Server-sent_events/Using_server-sent_events#Event_stream_format).
                See the [Streaming section of the Speech-to-Text
                guide](https://platform.openai.com/docs/guides/speech-to-text?lang=curl#streaming-transcriptions)
                for more information.

                Note: Streaming is not supported for the `whisper-1` model and will be
                ignored.

            chunking_strategy: Controls how the audio is cut into chunks. When set
                to `"auto"`, the server first normalizes loudness and then uses voice
                activity detection (VAD) to choose boundaries. `server_vad` object can
                be provided to tweak VAD detection parameters manually. If unset, the
                audio is transcribed as a single block. Required when using
                `gpt-4o-transcribe-diarize` for inputs longer than 30 seconds.

            known_speaker_names: Optional list of speaker names that correspond to
                the audio samples provided in `known_speaker_references[]`. Each entry
                should be a short identifier (for example `customer` or `agent`). Up to
                4 speakers are supported.

            known_speaker_references: Optional list of audio samples (as [data
                URLs](https://developer.mozilla.org/en-US/docs/Web/HTTP/Basics_of_HTTP/Data_URLs))
                that contain known speaker references matching `known_speaker_names[]`.
                Each sample must be between 2 and 10 seconds, and can use any of the
                same input audio formats supported by `file`.

            credentials: The bearer token the request was authorised with.
        """
        raise NotImplementedError


class AudioTranslations:
    """The operations of `audio.translations` (`AudioTranslationsHandler`)."""

    async def create(
        self,
        *,
        file: UploadFile,
        model: Union[Literal["whisper-1"], str],
        prompt: Optional[str],
        response_format: Optional[
            Literal["json", "text", "srt", "verbose_json", "vtt"]
        ],
        temperature: Optional[float],
        credentials: str,
    ) -> Union[CreateTranslationResponseJson, CreateTranslationResponseVerboseJson]:
        """Translates audio into English.

        `POST /audio/translations` (createTranslation)

        Args:
            file: The audio file object (not file name) translate, in one of these
                formats: flac, mp3, mp4, mpeg, mpga, m4a, ogg, wav, or webm. The request
                must include enough format metadata for the file to be identified. We
                recommend an extension-bearing filename and an appropriate content type.

            model: ID of the model to use. Only `whisper-1` (which is powered by our
                open source Whisper V2 model) is currently available.

            prompt: An optional text to guide the model's style or continue a
                previous audio segment. The
                [prompt](https://platform.openai.com/docs/guides/speech-to-text#prompting)
                should be in English.

            response_format: The format of the output, in one of these options:
                `json`, `text`, `srt`, `verbose_json`, or `vtt`.

            temperature: The sampling temperature, between 0 and 1. Higher values
                like 0.8 will make the output more random, while lower values like 0.2
                will make it more focused and deterministic. If set to 0, the model will
                use [log probability](https://en.wikipedia.org/wiki/Log_probability) to
                automatically increase the temperature until certain thresholds are hit.

            credentials: The bearer token the request was authorised with.
        """
        raise NotImplementedError


class AudioVoiceConsents:
    """The operations of `audio.voice_consents` (`AudioVoiceConsentsHandler`)."""

    async def list(
        self, *, after: Optional[str], limit: Optional[int], credentials: str
    ) -> VoiceConsentListResource:
        """Returns a list of voice consent recordings.

        List consent recordings available to your organization for creating custom
        voices.

        See the [custom voices
        guide](https://platform.openai.com/docs/guides/text-to-speech#custom-voices).
        Custom voices are limited to eligible customers.

        `GET /audio/voice_consents` (listVoiceConsents)

        Args:
            after: A cursor for use in pagination. `after` is an object ID that
                defines your place in the list. For instance, if you make a list request
                and receive 100 objects, ending with obj_foo, your subsequent call can
                include after=obj_foo in order to fetch the next page of the list.

            limit: A limit on the number of objects to be returned. Limit can range
                between 1 and 100, and the default is 20.

            credentials: The bearer token the request was authorised with.
        """
        raise NotImplementedError

    async def create(
        self, *, name: str, recording: UploadFile, language: str, credentials: str
    ) -> VoiceConsentResource:
        """Upload a voice consent recording.

        Upload a consent recording that authorizes creation of a custom voice.

        See the [custom voices
        guide](https://platform.openai.com/docs/guides/text-to-speech#custom-voices) for
        requirements and best practices. Custom voices are limited to eligible
        customers.

        `POST /audio/voice_consents` (createVoiceConsent)

        Args:
            name: The label to use for this consent recording.

            recording: The consent audio recording file. Maximum size is 10 MiB.

                Supported MIME types: `audio/mpeg`, `audio/wav`, `audio/x-wav`,
                `audio/ogg`, `audio/aac`, `audio/flac`, `audio/webm`, `audio/mp4`.

            language: The BCP 47 language tag for the consent phrase (for example,
                `en-US`).

            credentials: The bearer token the request was authorised with.
        """
        raise NotImplementedError

    async def retrieve(
        self, *, consent_id: str, credentials: str
    ) -> VoiceConsentResource:
        """Retrieves a voice consent recording.

        Retrieve consent recording metadata used for creating custom voices.

        See the [custom voices
        guide](https://platform.openai.com/docs/guides/text-to-speech#custom-voices).
        Custom voices are limited to eligible customers.

        `GET /audio/voice_consents/{consent_id}` (getVoiceConsent)

        Args:
            consent_id: The ID of the consent recording to retrieve.

            credentials: The bearer token the request was authorised with.
        """
        raise NotImplementedError

    async def update(
        self, *, consent_id: str, body: UpdateVoiceConsentRequest, credentials: str
    ) -> VoiceConsentResource:
        """Updates a voice consent recording (metadata only).

        Update consent recording metadata used for creating custom voices. This endpoint
        updates metadata only and does not replace the underlying audio.

        See the [custom voices
        guide](https://platform.openai.com/docs/guides/text-to-speech#custom-voices).
        Custom voices are limited to eligible customers.

        `POST /audio/voice_consents/{consent_id}` (updateVoiceConsent)

        Args:
            consent_id: The ID of the consent recording to update.

            body: The `UpdateVoiceConsentRequest` request body (application/json).

            credentials: The bearer token the request was authorised with.
        """
        raise NotImplementedError

    async def delete(
        self, *, consent_id: str, credentials: str
    ) -> VoiceConsentDeletedResource:
        """Deletes a voice consent recording.

        Delete a consent recording that was uploaded for creating custom voices.

        See the [custom voices
        guide](https://platform.openai.com/docs/guides/text-to-speech#custom-voices).
        Custom voices are limited to eligible customers.

        `DELETE /audio/voice_consents/{consent_id}` (deleteVoiceConsent)

        Args:
            consent_id: The ID of the consent recording to delete.

            credentials: The bearer token the request was authorised with.
        """
        raise NotImplementedError


class AudioVoices:
    """The operations of `audio.voices` (`AudioVoicesHandler`)."""

    async def create(
        self, *, name: str, audio_sample: UploadFile, consent: str, credentials: str
    ) -> VoiceResource:
        """Creates a custom voice.

        Create a custom voice you can use for audio output (for example, in
        Text-to-Speech and the Realtime API). This requires an audio sample and a
        previously uploaded consent recording.

        See the [custom voices
        guide](https://platform.openai.com/docs/guides/text-to-speech#custom-voices) for
        requirements and best practices. Custom voices are limited to eligible
        customers.

        `POST /audio/voices` (createVoice)

        Args:
            name: The name of the new voice.

            audio_sample: The sample audio recording file. Maximum size is 10 MiB.

                Supported MIME types: `audio/mpeg`, `audio/wav`, `audio/x-wav`,
                `audio/ogg`, `audio/aac`, `audio/flac`, `audio/webm`, `audio/mp4`.

            consent: The consent recording ID (for example, `cons_1234`).

            credentials: The bearer token the request was authorised with.
        """
        raise NotImplementedError


class Batches:
    """The operations of `batches` (`BatchesHandler`)."""

    async def list(
        self, *, after: Optional[str], limit: Optional[int], credentials: str
    ) -> ListBatchesResponse:
        """List your organization's batches.

        `GET /batches` (listBatches)

        Args:
            after: A cursor for use in pagination. `after` is an object ID that
                defines your place in the list. For instance, if you make a list request
                and receive 100 objects, ending with obj_foo, your subsequent call can
                include after=obj_foo in order to fetch the next page of the list.

            limit: A limit on the number of objects to be returned. Limit can range
                between 1 and 100, and the default is 20.

            credentials: The bearer token the request was authorised with.
        """
        raise NotImplementedError

    async def create(self, *, body: CreateBatchRequest, credentials: str) -> Batch:
        """Creates and executes a batch from an uploaded file of requests

        `POST /batches` (createBatch)

        Args:
            body: The `CreateBatchRequest` request body (application/json).

            credentials: The bearer token the request was authorised with.
        """
        raise NotImplementedError

    async def retrieve(self, *, batch_id: str, credentials: str) -> Batch:
        """Retrieves a batch.

        `GET /batches/{batch_id}` (retrieveBatch)

        Args:
            batch_id: The ID of the batch to retrieve.

            credentials: The bearer token the request was authorised with.
        """
        raise NotImplementedError

    async def cancel(self, *, batch_id: str, credentials: str) -> Batch:
        """Cancels an in-progress batch. The batch will be in status `cancelling` for up to
        10 minutes, before changing to `cancelled`, where it will have partial results
        (if any) available in the output file.

        `POST /batches/{batch_id}/cancel` (cancelBatch)

        Args:
            batch_id: The ID of the batch to cancel.

            credentials: The bearer token the request was authorised with.
        """
        raise NotImplementedError


class BetaAssistants:
    """The operations of `beta.assistants` (`BetaAssistantsHandler`)."""

    async def list(
        self,
        *,
        limit: Optional[int],
        order: Optional[Literal["asc", "desc"]],
        after: Optional[str],
        before: Optional[str],
        credentials: str,
    ) -> ListAssistantsResponse:
        """Returns a list of assistants.

        Deprecated.

        `GET /assistants` (listAssistants)

        Args:
            limit: A limit on the number of objects to be returned. Limit can range
                between 1 and 100, and the default is 20.

            order: Sort order by the `created_at` timestamp of the objects. `asc`
                for ascending order and `desc` for descending order.

            after: A cursor for use in pagination. `after` is an object ID that
                defines your place in the list. For instance, if you make a list request
                and receive 100 objects, ending with obj_foo, your subsequent call can
                include after=obj_foo in order to fetch the next page of the list.

            before: A cursor for use in pagination. `before` is an object ID that
                defines your place in the list. For instance, if you make a list request
                and receive 100 objects, starting with obj_foo, your subsequent call can
                include before=obj_foo in order to fetch the previous page of the list.

            credentials: The bearer token the request was authorised with.
        """
        raise NotImplementedError

    async def create(
        self, *, body: CreateAssistantRequest, credentials: str
    ) -> AssistantObject:
        """Create an assistant with a model and instructions.

        Deprecated.

        `POST /assistants` (createAssistant)

        Args:
            body: The `CreateAssistantRequest` request body (application/json).

            credentials: The bearer token the request was authorised with.
        """
        raise NotImplementedError

    async def retrieve(self, *, assistant_id: str, credentials: str) -> AssistantObject:
        """Retrieves an assistant.

        Deprecated.

        `GET /assistants/{assistant_id}` (getAssistant)

        Args:
            assistant_id: The ID of the assistant to retrieve.

            credentials: The bearer token the request was authorised with.
        """
        raise NotImplementedError

    async def update(
        self, *, assistant_id: str, body: ModifyAssistantRequest, credentials: str
    ) -> AssistantObject:
        """Modifies an assistant.

        Deprecated.

        `POST /assistants/{assistant_id}` (modifyAssistant)

        Args:
            assistant_id: The ID of the assistant to modify.

            body: The `ModifyAssistantRequest` request body (application/json).

            credentials: The bearer token the request was authorised with.
        """
        raise NotImplementedError

    async def delete(
        self, *, assistant_id: str, credentials: str
    ) -> DeleteAssistantResponse:
        """Delete an assistant.

        Deprecated.

        `DELETE /assistants/{assistant_id}` (deleteAssistant)

        Args:
            assistant_id: The ID of the assistant to delete.

            credentials: The bearer token the request was authorised with.
        """
        raise NotImplementedError


class BetaChatkitSessions:
    """The operations of `beta.chatkit.sessions` (`BetaChatkitSessionsHandler`)."""

    async def cancel(self, *, session_id: str, credentials: str) -> ChatSessionResource:
        """Cancel an active ChatKit session and return its most recent metadata.

        Cancelling prevents new requests from using the issued client secret.

        `POST /chatkit/sessions/{session_id}/cancel` (CancelChatSessionMethod)

        Args:
            session_id: Unique identifier for the ChatKit session to cancel.

            credentials: The bearer token the request was authorised with.
        """
        raise NotImplementedError

    async def create(
        self, *, body: Optional[CreateChatSessionBody], credentials: str
    ) -> ChatSessionResource:
        """Create a ChatKit session.

        `POST /chatkit/sessions` (CreateChatSessionMethod)

        Args:
            body: Parameters for provisioning a new ChatKit session.

            credentials: The bearer token the request was authorised with.
        """
        raise NotImplementedError


class BetaChatkitThreads:
    """The operations of `beta.chatkit.threads` (`BetaChatkitThreadsHandler`)."""

    async def list_items(
        self,
        *,
        thread_id: str,
        limit: Optional[int],
        order: Optional[OrderEnum],
        after: Optional[str],
        before: Optional[str],
        credentials: str,
    ) -> ThreadItemListResource:
        """List items that belong to a ChatKit thread.

        `GET /chatkit/threads/{thread_id}/items` (ListThreadItemsMethod)

        Args:
            thread_id: Identifier of the ChatKit thread whose items are requested.

            limit: Maximum number of thread items to return. Defaults to 20.

            order: Sort order for results by creation time. Defaults to `desc`.

            after: List items created after this thread item ID. Defaults to null
                for the first page.

            before: List items created before this thread item ID. Defaults to null
                for the newest results.

            credentials: The bearer token the request was authorised with.
        """
        raise NotImplementedError

    async def retrieve(self, *, thread_id: str, credentials: str) -> ThreadResource:
        """Retrieve a ChatKit thread by its identifier.

        `GET /chatkit/threads/{thread_id}` (GetThreadMethod)

        Args:
            thread_id: Identifier of the ChatKit thread to retrieve.

            credentials: The bearer token the request was authorised with.
        """
        raise NotImplementedError

    async def delete(
        self, *, thread_id: str, credentials: str
    ) -> DeletedThreadResource:
        """Delete a ChatKit thread along with its items and stored attachments.

        `DELETE /chatkit/threads/{thread_id}` (DeleteThreadMethod)

        Args:
            thread_id: Identifier of the ChatKit thread to delete.

            credentials: The bearer token the request was authorised with.
        """
        raise NotImplementedError

    async def list(
        self,
        *,
        limit: Optional[int],
        order: Optional[OrderEnum],
        after: Optional[str],
        before: Optional[str],
        user: Optional[str],
        credentials: str,
    ) -> ThreadListResource:
        """List ChatKit threads with optional pagination and user filters.

        `GET /chatkit/threads` (ListThreadsMethod)

        Args:
            limit: Maximum number of thread items to return. Defaults to 20.

            order: Sort order for results by creation time. Defaults to `desc`.

            after: List items created after this thread item ID. Defaults to null
                for the first page.

            before: List items created before this thread item ID. Defaults to null
                for the newest results.

            user: Filter threads that belong to this user identifier. Defaults to
                null to return all users.

            credentials: The bearer token the request was authorised with.
        """
        raise NotImplementedError


class BetaRealtimeSessions:
    """The operations of `beta.realtime.sessions` (`BetaRealtimeSessionsHandler`)."""

    async def create(
        self, *, body: RealtimeSessionCreateRequest, credentials: str
    ) -> RealtimeSessionCreateResponse:
        """Create an ephemeral API token for use in client-side applications with the
        Realtime API. Can be configured with the same session parameters as the
        `session.update` client event.

        It responds with a session object, plus a `client_secret` key which contains a
        usable ephemeral API token that can be used to authenticate browser clients for
        the Realtime API.

        Returns the created Realtime session object, plus an ephemeral key.

        `POST /realtime/sessions` (create-realtime-session)

        Args:
            body: Create an ephemeral API key with the given session configuration.

            credentials: The bearer token the request was authorised with.
        """
        raise NotImplementedError


class BetaRealtimeTranscriptionSessions:
    """The operations of `beta.realtime.transcription_sessions` (`BetaRealtimeTranscriptionSessionsHandler`)."""

    async def create(
        self, *, body: RealtimeTranscriptionSessionCreateRequest, credentials: str
    ) -> RealtimeTranscriptionSessionCreateResponse:
        """Create an ephemeral API token for use in client-side applications with the
        Realtime API specifically for realtime transcriptions. Can be configured with
        the same session parameters as the `transcription_session.update` client event.

        It responds with a session object, plus a `client_secret` key which contains a
        usable ephemeral API token that can be used to authenticate browser clients for
        the Realtime API.

        Returns the created Realtime transcription session object, plus an ephemeral
        key.

        `POST /realtime/transcription_sessions` (create-realtime-transcription-session)

        Args:
            body: Create an ephemeral API key with the given session configuration.

            credentials: The bearer token the request was authorised with.
        """
        raise NotImplementedError


class BetaResponses:
    """The operations of `beta.responses` (`BetaResponsesHandler`)."""

    async def create(
        self,
        *,
        openai_beta: Optional[List[Literal["responses_multi_agent=v1"]]],
        body: BetaCreateResponse,
        credentials: str,
    ) -> Union[BetaResponse, AsyncIterator[BetaResponseStreamEvent]]:
        """Creates a model response. Provide
        [text](https://platform.openai.com/docs/guides/text) or
        [image](https://platform.openai.com/docs/guides/images) inputs to generate
        [text](https://platform.openai.com/docs/guides/text) or
        [JSON](https://platform.openai.com/docs/guides/structured-outputs) outputs. Have
        the model call your own [custom
        code](https://platform.openai.com/docs/guides/function-calling) or use built-in
        [tools](https://platform.openai.com/docs/guides/tools) like [web
        search](https://platform.openai.com/docs/guides/tools-web-search) or [file
        search](https://platform.openai.com/docs/guides/tools-file-search) to use your
        own data as input for the model's response.

        With `stream: true` in the body, return an async iterator of the stream's events
        (e.g. an async generator).

        `POST /responses?beta=true` (beta_createResponse)

        Args:
            openai_beta: Optional beta features to enable for this request.

            body: The `BetaCreateResponse` request body (application/json).

            credentials: The bearer token the request was authorised with.
        """
        raise NotImplementedError

    async def retrieve(
        self,
        *,
        response_id: str,
        include: Optional[List[BetaIncludeEnum]],
        stream: Optional[bool],
        starting_after: Optional[int],
        include_obfuscation: Optional[bool],
        openai_beta: Optional[List[Literal["responses_multi_agent=v1"]]],
        credentials: str,
    ) -> BetaResponse:
        """Retrieves a model response with the given ID.

        `GET /responses/{response_id}?beta=true` (beta_getResponse)

        Args:
            response_id: The ID of the response to retrieve.

            include: Additional fields to include in the response. See the `include`
                parameter for Response creation above for more information.

            stream: If set to true, the model response data will be streamed to the
                client as it is generated using [server-sent
                events](https://developer.mozilla.org/en-US/docs/Web/API/Server-sent_events/Using_server-sent_events#Event_stream_format).
                See the [Streaming section
                below](https://platform.openai.com/docs/api-reference/responses-streaming)
                for more information.

            starting_after: The sequence number of the event after which to start
                streaming.

            include_obfuscation: When true, stream obfuscation will be enabled.
                Stream obfuscation adds random characters to an `obfuscation` field on
                streaming delta events to normalize payload sizes as a mitigation to
                certain side-channel attacks. These obfuscation fields are included by
                default, but add a small amount of overhead to the data stream. You can
                set `include_obfuscation` to false to optimize for bandwidth if you
                trust the network links between your application and the OpenAI API.

            openai_beta: Optional beta features to enable for this request.

            credentials: The bearer token the request was authorised with.
        """
        raise NotImplementedError

    async def delete(
        self,
        *,
        response_id: str,
        openai_beta: Optional[List[Literal["responses_multi_agent=v1"]]],
        credentials: str,
    ) -> None:
        """Deletes a model response with the given ID.

        `DELETE /responses/{response_id}?beta=true` (beta_deleteResponse)

        Args:
            response_id: The ID of the response to delete.

            openai_beta: Optional beta features to enable for this request.

            credentials: The bearer token the request was authorised with.
        """
        raise NotImplementedError

    async def cancel(
        self,
        *,
        response_id: str,
        openai_beta: Optional[List[Literal["responses_multi_agent=v1"]]],
        credentials: str,
    ) -> BetaResponse:
        """Cancels a model response with the given ID. Only responses created with the
        `background` parameter set to `true` can be cancelled. [Learn
        more](https://platform.openai.com/docs/guides/background).

        `POST /responses/{response_id}/cancel?beta=true` (beta_cancelResponse)

        Args:
            response_id: The ID of the response to cancel.

            openai_beta: Optional beta features to enable for this request.

            credentials: The bearer token the request was authorised with.
        """
        raise NotImplementedError

    async def compact(
        self,
        *,
        openai_beta: Optional[List[Literal["responses_multi_agent=v1"]]],
        body: Optional[BetaCompactResponseMethodPublicBody],
        credentials: str,
    ) -> BetaCompactResource:
        """Compact a conversation. Returns a compacted response object.

        Learn when and how to compact long-running conversations in the [conversation
        state
        guide](https://platform.openai.com/docs/guides/conversation-state#managing-the-context-window).
        For ZDR-compatible compaction details, see [Compaction
        (advanced)](https://platform.openai.com/docs/guides/conversation-state#compaction-advanced).

        `POST /responses/compact?beta=true` (beta_Compactconversation)

        Args:
            openai_beta: Optional beta features to enable for this request.

            body: The `BetaCompactResponseMethodPublicBody` request body
                (application/json).

            credentials: The bearer token the request was authorised with.
        """
        raise NotImplementedError


class BetaResponsesInputItems:
    """The operations of `beta.responses.input_items` (`BetaResponsesInputItemsHandler`)."""

    async def list(
        self,
        *,
        response_id: str,
        limit: Optional[int],
        order: Optional[Literal["asc", "desc"]],
        after: Optional[str],
        include: Optional[List[BetaIncludeEnum]],
        openai_beta: Optional[List[Literal["responses_multi_agent=v1"]]],
        credentials: str,
    ) -> BetaResponseItemList:
        """Returns a list of input items for a given response.

        `GET /responses/{response_id}/input_items?beta=true` (beta_listInputItems)

        Args:
            response_id: The ID of the response to retrieve input items for.

            limit: A limit on the number of objects to be returned. Limit can range
                between 1 and 100, and the default is 20.

            order: The order to return the input items in. Default is `desc`.
                - `asc`: Return the input items in ascending order.
                - `desc`: Return the input items in descending order.

            after: An item ID to list items after, used in pagination.

            include: Additional fields to include in the response. See the `include`
                parameter for Response creation above for more information.

            openai_beta: Optional beta features to enable for this request.

            credentials: The bearer token the request was authorised with.
        """
        raise NotImplementedError


class BetaResponsesInputTokens:
    """The operations of `beta.responses.input_tokens` (`BetaResponsesInputTokensHandler`)."""

    async def count(
        self,
        *,
        openai_beta: Optional[List[Literal["responses_multi_agent=v1"]]],
        body: Optional[BetaTokenCountsBody],
        credentials: str,
    ) -> BetaTokenCountsResource:
        """Returns input token counts of the request.

        Returns an object with `object` set to `response.input_tokens` and an
        `input_tokens` count.

        `POST /responses/input_tokens?beta=true` (beta_Getinputtokencounts)

        Args:
            openai_beta: Optional beta features to enable for this request.

            body: The `BetaTokenCountsBody` request body (application/json).

            credentials: The bearer token the request was authorised with.
        """
        raise NotImplementedError


class BetaThreads:
    """The operations of `beta.threads` (`BetaThreadsHandler`)."""

    async def create(
        self, *, body: Optional[CreateThreadRequest], credentials: str
    ) -> ThreadObject:
        """Create a thread.

        `POST /threads` (createThread)

        Args:
            body: Options to create a new thread. If no thread is provided when
                running a request, an empty thread will be created.

            credentials: The bearer token the request was authorised with.
        """
        raise NotImplementedError

    async def create_and_run(
        self, *, body: CreateThreadAndRunRequest, credentials: str
    ) -> Union[RunObject, AsyncIterator[AssistantStreamEvent]]:
        """Create a thread and run it in one request.

        With `stream: true` in the body, return an async iterator of the stream's events
        (e.g. an async generator).

        `POST /threads/runs` (createThreadAndRun)

        Args:
            body: The `CreateThreadAndRunRequest` request body (application/json).

            credentials: The bearer token the request was authorised with.
        """
        raise NotImplementedError

    async def retrieve(self, *, thread_id: str, credentials: str) -> ThreadObject:
        """Retrieves a thread.

        `GET /threads/{thread_id}` (getThread)

        Args:
            thread_id: The ID of the thread to retrieve.

            credentials: The bearer token the request was authorised with.
        """
        raise NotImplementedError

    async def update(
        self, *, thread_id: str, body: ModifyThreadRequest, credentials: str
    ) -> ThreadObject:
        """Modifies a thread.

        `POST /threads/{thread_id}` (modifyThread)

        Args:
            thread_id: The ID of the thread to modify. Only the `metadata` can be
                modified.

            body: The `ModifyThreadRequest` request body (application/json).

            credentials: The bearer token the request was authorised with.
        """
        raise NotImplementedError

    async def delete(self, *, thread_id: str, credentials: str) -> DeleteThreadResponse:
        """Delete a thread.

        `DELETE /threads/{thread_id}` (deleteThread)

        Args:
            thread_id: The ID of the thread to delete.

            credentials: The bearer token the request was authorised with.
        """
        raise NotImplementedError


class BetaThreadsMessages:
    """The operations of `beta.threads.messages` (`BetaThreadsMessagesHandler`)."""

    async def list(
        self,
        *,
        thread_id: str,
        limit: Optional[int],
        order: Optional[Literal["asc", "desc"]],
        after: Optional[str],
        before: Optional[str],
        run_id: Optional[str],
        credentials: str,
    ) -> ListMessagesResponse:
        """Returns a list of messages for a given thread.

        `GET /threads/{thread_id}/messages` (listMessages)

        Args:
            thread_id: The ID of the
                [thread](https://platform.openai.com/docs/api-reference/threads) the
                messages belong to.

            limit: A limit on the number of objects to be returned. Limit can range
                between 1 and 100, and the default is 20.

            order: Sort order by the `created_at` timestamp of the objects. `asc`
                for ascending order and `desc` for descending order.

            after: A cursor for use in pagination. `after` is an object ID that
                defines your place in the list. For instance, if you make a list request
                and receive 100 objects, ending with obj_foo, your subsequent call can
                include after=obj_foo in order to fetch the next page of the list.

            before: A cursor for use in pagination. `before` is an object ID that
                defines your place in the list. For instance, if you make a list request
                and receive 100 objects, starting with obj_foo, your subsequent call can
                include before=obj_foo in order to fetch the previous page of the list.

            run_id: Filter messages by the run ID that generated them.

            credentials: The bearer token the request was authorised with.
        """
        raise NotImplementedError

    async def create(
        self, *, thread_id: str, body: CreateMessageRequest, credentials: str
    ) -> MessageObject:
        """Create a message.

        `POST /threads/{thread_id}/messages` (createMessage)

        Args:
            thread_id: The ID of the
                [thread](https://platform.openai.com/docs/api-reference/threads) to
                create a message for.

            body: The `CreateMessageRequest` request body (application/json).

            credentials: The bearer token the request was authorised with.
        """
        raise NotImplementedError

    async def retrieve(
        self, *, thread_id: str, message_id: str, credentials: str
    ) -> MessageObject:
        """Retrieve a message.

        `GET /threads/{thread_id}/messages/{message_id}` (getMessage)

        Args:
            thread_id: The ID of the
                [thread](https://platform.openai.com/docs/api-reference/threads) to
                which this message belongs.

            message_id: The ID of the message to retrieve.

            credentials: The bearer token the request was authorised with.
        """
        raise NotImplementedError

    async def update(
        self,
        *,
        thread_id: str,
        message_id: str,
        body: ModifyMessageRequest,
        credentials: str,
    ) -> MessageObject:
        """Modifies a message.

        `POST /threads/{thread_id}/messages/{message_id}` (modifyMessage)

        Args:
            thread_id: The ID of the thread to which this message belongs.

            message_id: The ID of the message to modify.

            body: The `ModifyMessageRequest` request body (application/json).

            credentials: The bearer token the request was authorised with.
        """
        raise NotImplementedError

    async def delete(
        self, *, thread_id: str, message_id: str, credentials: str
    ) -> DeleteMessageResponse:
        """Deletes a message.

        `DELETE /threads/{thread_id}/messages/{message_id}` (deleteMessage)

        Args:
            thread_id: The ID of the thread to which this message belongs.

            message_id: The ID of the message to delete.

            credentials: The bearer token the request was authorised with.
        """
        raise NotImplementedError


class BetaThreadsRuns:
    """The operations of `beta.threads.runs` (`BetaThreadsRunsHandler`)."""

    async def list(
        self,
        *,
        thread_id: str,
        limit: Optional[int],
        order: Optional[Literal["asc", "desc"]],
        after: Optional[str],
        before: Optional[str],
        credentials: str,
    ) -> ListRunsResponse:
        """Returns a list of runs belonging to a thread.

        `GET /threads/{thread_id}/runs` (listRuns)

        Args:
            thread_id: The ID of the thread the run belongs to.

            limit: A limit on the number of objects to be returned. Limit can range
                between 1 and 100, and the default is 20.

            order: Sort order by the `created_at` timestamp of the objects. `asc`
                for ascending order and `desc` for descending order.

            after: A cursor for use in pagination. `after` is an object ID that
                defines your place in the list. For instance, if you make a list request
                and receive 100 objects, ending with obj_foo, your subsequent call can
                include after=obj_foo in order to fetch the next page of the list.

            before: A cursor for use in pagination. `before` is an object ID that
                defines your place in the list. For instance, if you make a list request
                and receive 100 objects, starting with obj_foo, your subsequent call can
                include before=obj_foo in order to fetch the previous page of the list.

            credentials: The bearer token the request was authorised with.
        """
        raise NotImplementedError

    async def create(
        self,
        *,
        thread_id: str,
        include: Optional[
            List[Literal["step_details.tool_calls[*].file_search.results[*].content"]]
        ],
        body: CreateRunRequest,
        credentials: str,
    ) -> Union[RunObject, AsyncIterator[AssistantStreamEvent]]:
        """Create a run.

        With `stream: true` in the body, return an async iterator of the stream's events
        (e.g. an async generator).

        `POST /threads/{thread_id}/runs` (createRun)

        Args:
            thread_id: The ID of the thread to run.

            include: A list of additional fields to include in the response.
                Currently the only supported value is
                `step_details.tool_calls[*].file_search.results[*].content` to fetch the
                file search result content.

                See the [file search tool
                documentation](https://platform.openai.com/docs/assistants/tools/file-search#customizing-file-search-settings)
                for more information.

            body: The `CreateRunRequest` request body (application/json).

            credentials: The bearer token the request was authorised with.
        """
        raise NotImplementedError

    async def retrieve(
        self, *, thread_id: str, run_id: str, credentials: str
    ) -> RunObject:
        """Retrieves a run.

        `GET /threads/{thread_id}/runs/{run_id}` (getRun)

        Args:
            thread_id: The ID of the
                [thread](https://platform.openai.com/docs/api-reference/threads) that
                was run.

            run_id: The ID of the run to retrieve.

            credentials: The bearer token the request was authorised with.
        """
        raise NotImplementedError

    async def update(
        self, *, thread_id: str, run_id: str, body: ModifyRunRequest, credentials: str
    ) -> RunObject:
        """Modifies a run.

        `POST /threads/{thread_id}/runs/{run_id}` (modifyRun)

        Args:
            thread_id: The ID of the
                [thread](https://platform.openai.com/docs/api-reference/threads) that
                was run.

            run_id: The ID of the run to modify.

            body: The `ModifyRunRequest` request body (application/json).

            credentials: The bearer token the request was authorised with.
        """
        raise NotImplementedError

    async def cancel(
        self, *, thread_id: str, run_id: str, credentials: str
    ) -> RunObject:
        """Cancels a run that is `in_progress`.

        `POST /threads/{thread_id}/runs/{run_id}/cancel` (cancelRun)

        Args:
            thread_id: The ID of the thread to which this run belongs.

            run_id: The ID of the run to cancel.

            credentials: The bearer token the request was authorised with.
        """
        raise NotImplementedError

    async def submit_tool_outputs(
        self,
        *,
        thread_id: str,
        run_id: str,
        body: SubmitToolOutputsRunRequest,
        credentials: str,
    ) -> Union[RunObject, AsyncIterator[AssistantStreamEvent]]:
        """When a run has the `status: "requires_action"` and `required_action.type` is
        `submit_tool_outputs`, this endpoint can be used to submit the outputs from the
        tool calls once they're all completed. All outputs must be submitted in a single
        request.

        With `stream: true` in the body, return an async iterator of the stream's events
        (e.g. an async generator).

        `POST /threads/{thread_id}/runs/{run_id}/submit_tool_outputs`
        (submitToolOuputsToRun)

        Args:
            thread_id: The ID of the
                [thread](https://platform.openai.com/docs/api-reference/threads) to
                which this run belongs.

            run_id: The ID of the run that requires the tool output submission.

            body: The `SubmitToolOutputsRunRequest` request body (application/json).

            credentials: The bearer token the request was authorised with.
        """
        raise NotImplementedError


class BetaThreadsRunsSteps:
    """The operations of `beta.threads.runs.steps` (`BetaThreadsRunsStepsHandler`)."""

    async def list(
        self,
        *,
        thread_id: str,
        run_id: str,
        limit: Optional[int],
        order: Optional[Literal["asc", "desc"]],
        after: Optional[str],
        before: Optional[str],
        include: Optional[
            List[Literal["step_details.tool_calls[*].file_search.results[*].content"]]
        ],
        credentials: str,
    ) -> ListRunStepsResponse:
        """Returns a list of run steps belonging to a run.

        `GET /threads/{thread_id}/runs/{run_id}/steps` (listRunSteps)

        Args:
            thread_id: The ID of the thread the run and run steps belong to.

            run_id: The ID of the run the run steps belong to.

            limit: A limit on the number of objects to be returned. Limit can range
                between 1 and 100, and the default is 20.

            order: Sort order by the `created_at` timestamp of the objects. `asc`
                for ascending order and `desc` for descending order.

            after: A cursor for use in pagination. `after` is an object ID that
                defines your place in the list. For instance, if you make a list request
                and receive 100 objects, ending with obj_foo, your subsequent call can
                include after=obj_foo in order to fetch the next page of the list.

            before: A cursor for use in pagination. `before` is an object ID that
                defines your place in the list. For instance, if you make a list request
                and receive 100 objects, starting with obj_foo, your subsequent call can
                include before=obj_foo in order to fetch the previous page of the list.

            include: A list of additional fields to include in the response.
                Currently the only supported value is
                `step_details.tool_calls[*].file_search.results[*].content` to fetch the
                file search result content.

                See the [file search tool
                documentation](https://platform.openai.com/docs/assistants/tools/file-search#customizing-file-search-settings)
                for more information.

            credentials: The bearer token the request was authorised with.
        """
        raise NotImplementedError

    async def retrieve(
        self,
        *,
        thread_id: str,
        run_id: str,
        step_id: str,
        include: Optional[
            List[Literal["step_details.tool_calls[*].file_search.results[*].content"]]
        ],
        credentials: str,
    ) -> RunStepObject:
        """Retrieves a run step.

        `GET /threads/{thread_id}/runs/{run_id}/steps/{step_id}` (getRunStep)

        Args:
            thread_id: The ID of the thread to which the run and run step belongs.

            run_id: The ID of the run to which the run step belongs.

            step_id: The ID of the run step to retrieve.

            include: A list of additional fields to include in the response.
                Currently the only supported value is
                `step_details.tool_calls[*].file_search.results[*].content` to fetch the
                file search result content.

                See the [file search tool
                documentation](https://platform.openai.com/docs/assistants/tools/file-search#customizing-file-search-settings)
                for more information.

            credentials: The bearer token the request was authorised with.
        """
        raise NotImplementedError


class ChatCompletions:
    """The operations of `chat.completions` (`ChatCompletionsHandler`)."""

    async def list(
        self,
        *,
        model: Optional[str],
        metadata: Optional[Metadata],
        after: Optional[str],
        limit: Optional[int],
        order: Optional[Literal["asc", "desc"]],
        credentials: str,
    ) -> ChatCompletionList:
        """List stored Chat Completions. Only Chat Completions that have been stored with
        the `store` parameter set to `true` will be returned.

        `GET /chat/completions` (listChatCompletions)

        Args:
            model: The model used to generate the Chat Completions.

            metadata: A list of metadata keys to filter the Chat Completions by.
                Example:

                `metadata[key1]=value1&metadata[key2]=value2`

            after: Identifier for the last chat completion from the previous
                pagination request.

            limit: Number of Chat Completions to retrieve.

            order: Sort order for Chat Completions by timestamp. Use `asc` for
                ascending order or `desc` for descending order. Defaults to `asc`.

            credentials: The bearer token the request was authorised with.
        """
        raise NotImplementedError

    async def create(
        self, *, body: CreateChatCompletionRequest, credentials: str
    ) -> Union[
        CreateChatCompletionResponse, AsyncIterator[CreateChatCompletionStreamResponse]
    ]:
        """**Starting a new project?** We recommend trying
        [Responses](https://platform.openai.com/docs/api-reference/responses) to take
        advantage of the latest OpenAI platform features. Compare [Chat Completions with
        Responses](https://platform.openai.com/docs/guides/responses-vs-chat-completions?api-mode=responses).

        ---

        Creates a model response for the given chat conversation. Learn more in the
        [text generation](https://platform.openai.com/docs/guides/text-generation),
        [vision](https://platform.openai.com/docs/guides/vision), and
        [audio](https://platform.openai.com/docs/guides/audio) guides.

        Parameter support can differ depending on the model used to generate the
        response, particularly for newer reasoning models. Parameters that are only
        supported for reasoning models are noted below. For the current state of
        unsupported parameters in reasoning models, [refer to the reasoning
        guide](https://platform.openai.com/docs/guides/reasoning).

        Returns a chat completion object, or a streamed sequence of chat completion
        chunk objects if the request is streamed.

        With `stream: true` in the body, return an async iterator of the stream's events
        (e.g. an async generator).

        `POST /chat/completions` (createChatCompletion)

        Args:
            body: The `CreateChatCompletionRequest` request body (application/json).

            credentials: The bearer token the request was authorised with.
        """
        raise NotImplementedError

    async def retrieve(
        self, *, completion_id: str, credentials: str
    ) -> CreateChatCompletionResponse:
        """Get a stored chat completion. Only Chat Completions that have been created with
        the `store` parameter set to `true` will be returned.

        `GET /chat/completions/{completion_id}` (getChatCompletion)

        Args:
            completion_id: The ID of the chat completion to retrieve.

            credentials: The bearer token the request was authorised with.
        """
        raise NotImplementedError

    async def update(
        self, *, completion_id: str, body: UpdateChatCompletionRequest, credentials: str
    ) -> CreateChatCompletionResponse:
        """Modify a stored chat completion. Only Chat Completions that have been created
        with the `store` parameter set to `true` can be modified. Currently, the only
        supported modification is to update the `metadata` field.

        `POST /chat/completions/{completion_id}` (updateChatCompletion)

        Args:
            completion_id: The ID of the chat completion to update.

            body: The `UpdateChatCompletionRequest` request body (application/json).

            credentials: The bearer token the request was authorised with.
        """
        raise NotImplementedError

    async def delete(
        self, *, completion_id: str, credentials: str
    ) -> ChatCompletionDeleted:
        """Delete a stored chat completion. Only Chat Completions that have been created
        with the `store` parameter set to `true` can be deleted.

        `DELETE /chat/completions/{completion_id}` (deleteChatCompletion)

        Args:
            completion_id: The ID of the chat completion to delete.

            credentials: The bearer token the request was authorised with.
        """
        raise NotImplementedError


class ChatCompletionsMessages:
    """The operations of `chat.completions.messages` (`ChatCompletionsMessagesHandler`)."""

    async def list(
        self,
        *,
        completion_id: str,
        after: Optional[str],
        limit: Optional[int],
        order: Optional[Literal["asc", "desc"]],
        credentials: str,
    ) -> ChatCompletionMessageList:
        """Get the messages in a stored chat completion. Only Chat Completions that have
        been created with the `store` parameter set to `true` will be returned.

        `GET /chat/completions/{completion_id}/messages` (getChatCompletionMessages)

        Args:
            completion_id: The ID of the chat completion to retrieve messages from.

            after: Identifier for the last message from the previous pagination
                request.

            limit: Number of messages to retrieve.

            order: Sort order for messages by timestamp. Use `asc` for ascending
                order or `desc` for descending order. Defaults to `asc`.

            credentials: The bearer token the request was authorised with.
        """
        raise NotImplementedError


class Completions:
    """The operations of `completions` (`CompletionsHandler`)."""

    async def create(
        self, *, body: CreateCompletionRequest, credentials: str
    ) -> Union[CreateCompletionResponse, AsyncIterator[CreateCompletionResponse]]:
        """Creates a completion for the provided prompt and parameters.

        Returns a completion object, or a sequence of completion objects if the request
        is streamed.

        With `stream: true` in the body, return an async iterator of the stream's events
        (e.g. an async generator).

        `POST /completions` (createCompletion)

        Args:
            body: The `CreateCompletionRequest` request body (application/json).

            credentials: The bearer token the request was authorised with.
        """
        raise NotImplementedError


class Containers:
    """The operations of `containers` (`ContainersHandler`)."""

    async def list(
        self,
        *,
        limit: Optional[int],
        order: Optional[Literal["asc", "desc"]],
        after: Optional[str],
        name: Optional[str],
        credentials: str,
    ) -> ContainerListResource:
        """List Containers

        Lists containers.

        `GET /containers` (ListContainers)

        Args:
            limit: A limit on the number of objects to be returned. Limit can range
                between 1 and 100, and the default is 20.

            order: Sort order by the `created_at` timestamp of the objects. `asc`
                for ascending order and `desc` for descending order.

            after: A cursor for use in pagination. `after` is an object ID that
                defines your place in the list. For instance, if you make a list request
                and receive 100 objects, ending with obj_foo, your subsequent call can
                include after=obj_foo in order to fetch the next page of the list.

            name: Filter results by container name.

            credentials: The bearer token the request was authorised with.
        """
        raise NotImplementedError

    async def create(
        self, *, body: Optional[CreateContainerBody], credentials: str
    ) -> ContainerResource:
        """Create Container

        Creates a container.

        `POST /containers` (CreateContainer)

        Args:
            body: The `CreateContainerBody` request body (application/json).

            credentials: The bearer token the request was authorised with.
        """
        raise NotImplementedError

    async def retrieve(
        self, *, container_id: str, credentials: str
    ) -> ContainerResource:
        """Retrieve Container

        Retrieves a container.

        `GET /containers/{container_id}` (RetrieveContainer)

        Args:
            credentials: The bearer token the request was authorised with.
        """
        raise NotImplementedError

    async def delete(self, *, container_id: str, credentials: str) -> None:
        """Delete Container

        Delete a container.

        `DELETE /containers/{container_id}` (DeleteContainer)

        Args:
            container_id: The ID of the container to delete.

            credentials: The bearer token the request was authorised with.
        """
        raise NotImplementedError


class ContainersFiles:
    """The operations of `containers.files` (`ContainersFilesHandler`)."""

    async def list(
        self,
        *,
        container_id: str,
        limit: Optional[int],
        order: Optional[Literal["asc", "desc"]],
        after: Optional[str],
        credentials: str,
    ) -> ContainerFileListResource:
        """List Container files

        Lists container files.

        `GET /containers/{container_id}/files` (ListContainerFiles)

        Args:
            limit: A limit on the number of objects to be returned. Limit can range
                between 1 and 100, and the default is 20.

            order: Sort order by the `created_at` timestamp of the objects. `asc`
                for ascending order and `desc` for descending order.

            after: A cursor for use in pagination. `after` is an object ID that
                defines your place in the list. For instance, if you make a list request
                and receive 100 objects, ending with obj_foo, your subsequent call can
                include after=obj_foo in order to fetch the next page of the list.

            credentials: The bearer token the request was authorised with.
        """
        raise NotImplementedError

    async def create(
        self,
        *,
        container_id: str,
        file_id: Optional[str],
        file: Optional[Union[bytes, UploadFile]],
        credentials: str,
    ) -> ContainerFileResource:
        """Create a Container File

        You can send either a multipart/form-data request with the raw file content, or
        a JSON request with a file ID.

        Creates a container file.

        `POST /containers/{container_id}/files` (CreateContainerFile)

        Args:
            file_id: Name of the file to create.

            file: The File object (not file name) to be uploaded.

            credentials: The bearer token the request was authorised with.
        """
        raise NotImplementedError

    async def retrieve(
        self, *, container_id: str, file_id: str, credentials: str
    ) -> ContainerFileResource:
        """Retrieve Container File

        Retrieves a container file.

        `GET /containers/{container_id}/files/{file_id}` (RetrieveContainerFile)

        Args:
            credentials: The bearer token the request was authorised with.
        """
        raise NotImplementedError

    async def delete(
        self, *, container_id: str, file_id: str, credentials: str
    ) -> None:
        """Delete Container File

        Delete a container file.

        `DELETE /containers/{container_id}/files/{file_id}` (DeleteContainerFile)

        Args:
            credentials: The bearer token the request was authorised with.
        """
        raise NotImplementedError


class ContainersFilesContent:
    """The operations of `containers.files.content` (`ContainersFilesContentHandler`)."""

    async def retrieve(
        self, *, container_id: str, file_id: str, credentials: str
    ) -> None:
        """Retrieve Container File Content

        Retrieves a container file content.

        `GET /containers/{container_id}/files/{file_id}/content`
        (RetrieveContainerFileContent)

        Args:
            credentials: The bearer token the request was authorised with.
        """
        raise NotImplementedError


class ContentProvenanceChecks:
    """The operations of `content_provenance_checks` (`ContentProvenanceChecksHandler`)."""

    async def create(self, *, file: UploadFile, credentials: str) -> ProvenanceResource:
        """Check whether an image or audio file contains known OpenAI provenance signals.
        [Learn more about content
        provenance](https://platform.openai.com/api/docs/guides/content-provenance).

        If `not_detected`, it means the tool did not find supported signals in the
        uploaded file. The content could still have been generated by OpenAI if the
        metadata was stripped or has evidence of tampering, the watermark was degraded,
        it comes from a legacy generation model, or it was created before provenance
        signals were available. Content could also still be AI-generated by another
        company's model, which the tool currently does not detect.

        `POST /content_provenance_checks` (Createcontentprovenancecheck)

        Args:
            file: The image or audio file to check for supported OpenAI provenance
                signals.

            credentials: The bearer token the request was authorised with.
        """
        raise NotImplementedError


class Conversations:
    """The operations of `conversations` (`ConversationsHandler`)."""

    async def create(
        self, *, body: Optional[CreateConversationBody], credentials: str
    ) -> ConversationResource:
        """Create a conversation.

        `POST /conversations` (createConversation)

        Args:
            body: The `CreateConversationBody` request body (application/json).

            credentials: The bearer token the request was authorised with.
        """
        raise NotImplementedError

    async def retrieve(
        self, *, conversation_id: str, credentials: str
    ) -> ConversationResource:
        """Get a conversation

        `GET /conversations/{conversation_id}` (getConversation)

        Args:
            conversation_id: The ID of the conversation to retrieve.

            credentials: The bearer token the request was authorised with.
        """
        raise NotImplementedError

    async def update(
        self,
        *,
        conversation_id: str,
        body: Optional[UpdateConversationBody],
        credentials: str,
    ) -> ConversationResource:
        """Update a conversation

        `POST /conversations/{conversation_id}` (updateConversation)

        Args:
            conversation_id: The ID of the conversation to update.

            body: The `UpdateConversationBody` request body (application/json).

            credentials: The bearer token the request was authorised with.
        """
        raise NotImplementedError

    async def delete(
        self, *, conversation_id: str, credentials: str
    ) -> DeletedConversationResource:
        """Delete a conversation. Items in the conversation will not be deleted.

        `DELETE /conversations/{conversation_id}` (deleteConversation)

        Args:
            conversation_id: The ID of the conversation to delete.

            credentials: The bearer token the request was authorised with.
        """
        raise NotImplementedError


class ConversationsItems:
    """The operations of `conversations.items` (`ConversationsItemsHandler`)."""

    async def list(
        self,
        *,
        conversation_id: str,
        limit: Optional[int],
        order: Optional[Literal["asc", "desc"]],
        after: Optional[str],
        include: Optional[List[IncludeEnum]],
        credentials: str,
    ) -> ConversationItemList:
        """List all items for a conversation with the given ID.

        `GET /conversations/{conversation_id}/items` (listConversationItems)

        Args:
            conversation_id: The ID of the conversation to list items for.

            limit: A limit on the number of objects to be returned. Limit can range
                between 1 and 100, and the default is 20.

            order: The order to return the input items in. Default is `desc`.
                - `asc`: Return the input items in ascending order.
                - `desc`: Return the input items in descending order.

            after: An item ID to list items after, used in pagination.

            include: Specify additional output data to include in the model
                response. Currently supported values are:
                - `web_search_call.action.sources`: Include the sources of the web
                  search tool call.
                - `code_interpreter_call.outputs`: Includes the outputs of python code
                  execution in code interpreter tool call items.
                - `computer_call_output.output.image_url`: Include image urls from the
                  computer call output.
                - `file_search_call.results`: Include the search results of the file
                  search tool call.
                - `message.input_image.image_url`: Include image urls from the input
                  message.
                - `message.output_text.logprobs`: Include logprobs with assistant
                  messages.
                - `reasoning.encrypted_content`: Includes an encrypted version of
                  reasoning tokens in reasoning item outputs. This enables reasoning
                  items to be used in multi-turn conversations when using the Responses
                  API statelessly (like when the `store` parameter is set to `false`, or
                  when an organization is enrolled in the zero data retention program).

            credentials: The bearer token the request was authorised with.
        """
        raise NotImplementedError

    async def create(
        self,
        *,
        conversation_id: str,
        include: Optional[List[IncludeEnum]],
        body: CreateConversationItemsRequest,
        credentials: str,
    ) -> ConversationItemList:
        """Create items in a conversation with the given ID.

        `POST /conversations/{conversation_id}/items` (createConversationItems)

        Args:
            conversation_id: The ID of the conversation to add the item to.

            include: Additional fields to include in the response. See the `include`
                parameter for [listing Conversation items
                above](https://platform.openai.com/docs/api-reference/conversations/list-items#conversations_list_items-include)
                for more information.

            body: The `CreateConversationItemsRequest` request body
                (application/json).

            credentials: The bearer token the request was authorised with.
        """
        raise NotImplementedError

    async def retrieve(
        self,
        *,
        conversation_id: str,
        item_id: str,
        include: Optional[List[IncludeEnum]],
        credentials: str,
    ) -> ConversationItem:
        """Get a single item from a conversation with the given IDs.

        `GET /conversations/{conversation_id}/items/{item_id}` (getConversationItem)

        Args:
            conversation_id: The ID of the conversation that contains the item.

            item_id: The ID of the item to retrieve.

            include: Additional fields to include in the response. See the `include`
                parameter for [listing Conversation items
                above](https://platform.openai.com/docs/api-reference/conversations/list-items#conversations_list_items-include)
                for more information.

            credentials: The bearer token the request was authorised with.
        """
        raise NotImplementedError

    async def delete(
        self, *, conversation_id: str, item_id: str, credentials: str
    ) -> ConversationResource:
        """Delete an item from a conversation with the given IDs.

        `DELETE /conversations/{conversation_id}/items/{item_id}`
        (deleteConversationItem)

        Args:
            conversation_id: The ID of the conversation that contains the item.

            item_id: The ID of the item to delete.

            credentials: The bearer token the request was authorised with.
        """
        raise NotImplementedError


class Embeddings:
    """The operations of `embeddings` (`EmbeddingsHandler`)."""

    async def create(
        self, *, body: CreateEmbeddingRequest, credentials: str
    ) -> CreateEmbeddingResponse:
        """Creates an embedding vector representing the input text.

        `POST /embeddings` (createEmbedding)

        Args:
            body: The `CreateEmbeddingRequest` request body (application/json).

            credentials: The bearer token the request was authorised with.
        """
        raise NotImplementedError


class Evals:
    """The operations of `evals` (`EvalsHandler`)."""

    async def list(
        self,
        *,
        after: Optional[str],
        limit: Optional[int],
        order: Optional[Literal["asc", "desc"]],
        order_by: Optional[Literal["created_at", "updated_at"]],
        credentials: str,
    ) -> EvalList:
        """List evaluations for a project.

        `GET /evals` (listEvals)

        Args:
            after: Identifier for the last eval from the previous pagination
                request.

            limit: Number of evals to retrieve.

            order: Sort order for evals by timestamp. Use `asc` for ascending order
                or `desc` for descending order.

            order_by: Evals can be ordered by creation time or last updated time.
                Use `created_at` for creation time or `updated_at` for last updated
                time.

            credentials: The bearer token the request was authorised with.
        """
        raise NotImplementedError

    async def create(self, *, body: CreateEvalRequest, credentials: str) -> Eval:
        """Create the structure of an evaluation that can be used to test a model's
        performance. An evaluation is a set of testing criteria and the config for a
        data source, which dictates the schema of the data used in the evaluation. After
        creating an evaluation, you can run it on different models and model parameters.
        We support several types of graders and datasources. For more information, see
        the [Evals guide](https://platform.openai.com/docs/guides/evals).

        `POST /evals` (createEval)

        Args:
            body: The `CreateEvalRequest` request body (application/json).

            credentials: The bearer token the request was authorised with.
        """
        raise NotImplementedError

    async def retrieve(self, *, eval_id: str, credentials: str) -> Eval:
        """Get an evaluation by ID.

        `GET /evals/{eval_id}` (getEval)

        Args:
            eval_id: The ID of the evaluation to retrieve.

            credentials: The bearer token the request was authorised with.
        """
        raise NotImplementedError

    async def update(
        self, *, eval_id: str, body: UpdateEvalRequest, credentials: str
    ) -> Eval:
        """Update certain properties of an evaluation.

        `POST /evals/{eval_id}` (updateEval)

        Args:
            eval_id: The ID of the evaluation to update.

            body: Request to update an evaluation

            credentials: The bearer token the request was authorised with.
        """
        raise NotImplementedError

    async def delete(self, *, eval_id: str, credentials: str) -> DeleteEvalResponse:
        """Delete an evaluation.

        `DELETE /evals/{eval_id}` (deleteEval)

        Args:
            eval_id: The ID of the evaluation to delete.

            credentials: The bearer token the request was authorised with.
        """
        raise NotImplementedError


class EvalsRuns:
    """The operations of `evals.runs` (`EvalsRunsHandler`)."""

    async def list(
        self,
        *,
        eval_id: str,
        after: Optional[str],
        limit: Optional[int],
        order: Optional[Literal["asc", "desc"]],
        status: Optional[
            Literal["queued", "in_progress", "completed", "canceled", "failed"]
        ],
        credentials: str,
    ) -> EvalRunList:
        """Get a list of runs for an evaluation.

        `GET /evals/{eval_id}/runs` (getEvalRuns)

        Args:
            eval_id: The ID of the evaluation to retrieve runs for.

            after: Identifier for the last run from the previous pagination request.

            limit: Number of runs to retrieve.

            order: Sort order for runs by timestamp. Use `asc` for ascending order
                or `desc` for descending order. Defaults to `asc`.

            status: Filter runs by status. One of `queued` | `in_progress` |
                `failed` | `completed` | `canceled`.

            credentials: The bearer token the request was authorised with.
        """
        raise NotImplementedError

    async def create(
        self, *, eval_id: str, body: CreateEvalRunRequest, credentials: str
    ) -> EvalRun:
        """Kicks off a new run for a given evaluation, specifying the data source, and what
        model configuration to use to test. The datasource will be validated against the
        schema specified in the config of the evaluation.

        `POST /evals/{eval_id}/runs` (createEvalRun)

        Args:
            eval_id: The ID of the evaluation to create a run for.

            body: The `CreateEvalRunRequest` request body (application/json).

            credentials: The bearer token the request was authorised with.
        """
        raise NotImplementedError

    async def retrieve(self, *, eval_id: str, run_id: str, credentials: str) -> EvalRun:
        """Get an evaluation run by ID.

        `GET /evals/{eval_id}/runs/{run_id}` (getEvalRun)

        Args:
            eval_id: The ID of the evaluation to retrieve runs for.

            run_id: The ID of the run to retrieve.

            credentials: The bearer token the request was authorised with.
        """
        raise NotImplementedError

    async def cancel(self, *, eval_id: str, run_id: str, credentials: str) -> EvalRun:
        """Cancel an ongoing evaluation run.

        `POST /evals/{eval_id}/runs/{run_id}` (cancelEvalRun)

        Args:
            eval_id: The ID of the evaluation whose run you want to cancel.

            run_id: The ID of the run to cancel.

            credentials: The bearer token the request was authorised with.
        """
        raise NotImplementedError

    async def delete(
        self, *, eval_id: str, run_id: str, credentials: str
    ) -> DeleteEvalRunResponse:
        """Delete an eval run.

        `DELETE /evals/{eval_id}/runs/{run_id}` (deleteEvalRun)

        Args:
            eval_id: The ID of the evaluation to delete the run from.

            run_id: The ID of the run to delete.

            credentials: The bearer token the request was authorised with.
        """
        raise NotImplementedError


class EvalsRunsOutputItems:
    """The operations of `evals.runs.output_items` (`EvalsRunsOutputItemsHandler`)."""

    async def list(
        self,
        *,
        eval_id: str,
        run_id: str,
        after: Optional[str],
        limit: Optional[int],
        status: Optional[Literal["fail", "pass"]],
        order: Optional[Literal["asc", "desc"]],
        credentials: str,
    ) -> EvalRunOutputItemList:
        """Get a list of output items for an evaluation run.

        `GET /evals/{eval_id}/runs/{run_id}/output_items` (getEvalRunOutputItems)

        Args:
            eval_id: The ID of the evaluation to retrieve runs for.

            run_id: The ID of the run to retrieve output items for.

            after: Identifier for the last output item from the previous pagination
                request.

            limit: Number of output items to retrieve.

            status: Filter output items by status. Use `failed` to filter by failed
                output items or `pass` to filter by passed output items.

            order: Sort order for output items by timestamp. Use `asc` for ascending
                order or `desc` for descending order. Defaults to `asc`.

            credentials: The bearer token the request was authorised with.
        """
        raise NotImplementedError

    async def retrieve(
        self, *, eval_id: str, run_id: str, output_item_id: str, credentials: str
    ) -> EvalRunOutputItem:
        """Get an evaluation run output item by ID.

        `GET /evals/{eval_id}/runs/{run_id}/output_items/{output_item_id}`
        (getEvalRunOutputItem)

        Args:
            eval_id: The ID of the evaluation to retrieve runs for.

            run_id: The ID of the run to retrieve.

            output_item_id: The ID of the output item to retrieve.

            credentials: The bearer token the request was authorised with.
        """
        raise NotImplementedError


class Files:
    """The operations of `files` (`FilesHandler`)."""

    async def list(
        self,
        *,
        purpose: Optional[str],
        limit: Optional[int],
        order: Optional[Literal["asc", "desc"]],
        after: Optional[str],
        credentials: str,
    ) -> ListFilesResponse:
        """Returns a list of files.

        `GET /files` (listFiles)

        Args:
            purpose: Only return files with the given purpose.

            limit: A limit on the number of objects to be returned. Limit can range
                between 1 and 10,000, and the default is 10,000.

            order: Sort order by the `created_at` timestamp of the objects. `asc`
                for ascending order and `desc` for descending order.

            after: A cursor for use in pagination. `after` is an object ID that
                defines your place in the list. For instance, if you make a list request
                and receive 100 objects, ending with obj_foo, your subsequent call can
                include after=obj_foo in order to fetch the next page of the list.

            credentials: The bearer token the request was authorised with.
        """
        raise NotImplementedError

    async def create(
        self,
        *,
        file: UploadFile,
        purpose: Literal[
            "assistants", "batch", "fine-tune", "vision", "user_data", "evals"
        ],
        expires_after: Optional[FileExpirationAfter],
        credentials: str,
    ) -> OpenAIFile:
        """Upload a file that can be used across various endpoints. Individual files can be
        up to 512 MB, and each project can store up to 2.5 TB of files in total. There
        is no organization-wide storage limit. Uploads to this endpoint are rate-limited
        to 1,000 requests per minute per authenticated user.

        - The Assistants API supports files up to 2 million tokens and of specific file
          types. See the [Assistants Tools
          guide](https://platform.openai.com/docs/assistants/tools) for details.
        - The Fine-tuning API only supports `.jsonl` files. The input also has certain
          required formats for fine-tuning
          [chat](https://platform.openai.com/docs/api-reference/fine-tuning/chat-input)
          or
          [completions](https://platform.openai.com/docs/api-reference/fine-tuning/completions-input)
          models.
        - The Batch API only supports `.jsonl` files up to 200 MB in size. The input
          also has a specific required
          [format](https://platform.openai.com/docs/api-reference/batch/request-input).
        - For Retrieval or `file_search` ingestion, upload files here first. If you need
          to attach multiple uploaded files to the same vector store, use
          [`/vector_stores/{vector_store_id}/file_batches`](https://platform.openai.com/docs/api-reference/vector-stores-file-batches/createBatch)
          instead of attaching them one by one. Vector store attachment has separate
          limits from file upload, including 2,000 attached files per minute per
          organization.

        Please [contact us](https://help.openai.com/) if you need to increase these
        storage limits.

        `POST /files` (createFile)

        Args:
            file: The File object (not file name) to be uploaded.

            purpose: The intended purpose of the uploaded file. One of:
                - `assistants`: Used in the Assistants API
                - `batch`: Used in the Batch API
                - `fine-tune`: Used for fine-tuning
                - `vision`: Images used for vision fine-tuning
                - `user_data`: Flexible file type for any purpose
                - `evals`: Used for eval data sets

            expires_after: The expiration policy for a file. By default, files with
                `purpose=batch` expire after 30 days and all other files are persisted
                until they are manually deleted.

            credentials: The bearer token the request was authorised with.
        """
        raise NotImplementedError

    async def retrieve(self, *, file_id: str, credentials: str) -> OpenAIFile:
        """Returns information about a specific file.

        `GET /files/{file_id}` (retrieveFile)

        Args:
            file_id: The ID of the file to use for this request.

            credentials: The bearer token the request was authorised with.
        """
        raise NotImplementedError

    async def delete(self, *, file_id: str, credentials: str) -> DeleteFileResponse:
        """Delete a file and remove it from all vector stores.

        `DELETE /files/{file_id}` (deleteFile)

        Args:
            file_id: The ID of the file to use for this request.

            credentials: The bearer token the request was authorised with.
        """
        raise NotImplementedError

    async def content(self, *, file_id: str, credentials: str) -> str:
        """Returns a response containing the contents of the specified file.

        `GET /files/{file_id}/content` (downloadFile)

        Args:
            file_id: The ID of the file to use for this request.

            credentials: The bearer token the request was authorised with.
        """
        raise NotImplementedError


class FineTuningAlphaGraders:
    """The operations of `fine_tuning.alpha.graders` (`FineTuningAlphaGradersHandler`)."""

    async def run(
        self, *, body: RunGraderRequest, credentials: str
    ) -> RunGraderResponse:
        """Run a grader.

        `POST /fine_tuning/alpha/graders/run` (runGrader)

        Args:
            body: The `RunGraderRequest` request body (application/json).

            credentials: The bearer token the request was authorised with.
        """
        raise NotImplementedError

    async def validate(
        self, *, body: ValidateGraderRequest, credentials: str
    ) -> ValidateGraderResponse:
        """Validate a grader.

        `POST /fine_tuning/alpha/graders/validate` (validateGrader)

        Args:
            body: The `ValidateGraderRequest` request body (application/json).

            credentials: The bearer token the request was authorised with.
        """
        raise NotImplementedError


class FineTuningCheckpointsPermissions:
    """The operations of `fine_tuning.checkpoints.permissions` (`FineTuningCheckpointsPermissionsHandler`)."""

    async def retrieve(
        self,
        *,
        fine_tuned_model_checkpoint: str,
        project_id: Optional[str],
        after: Optional[str],
        limit: Optional[int],
        order: Optional[Literal["ascending", "descending"]],
        credentials: str,
    ) -> ListFineTuningCheckpointPermissionResponse:
        """**NOTE:** This endpoint requires an [admin API key](../admin-api-keys).

        Organization owners can use this endpoint to view all permissions for a
        fine-tuned model checkpoint.

        `GET /fine_tuning/checkpoints/{fine_tuned_model_checkpoint}/permissions`
        (listFineTuningCheckpointPermissions)

        Args:
            fine_tuned_model_checkpoint: The ID of the fine-tuned model checkpoint
                to get permissions for.

            project_id: The ID of the project to get permissions for.

            after: Identifier for the last permission ID from the previous
                pagination request.

            limit: Number of permissions to retrieve.

            order: The order in which to retrieve permissions.

            credentials: The bearer token the request was authorised with.
        """
        raise NotImplementedError

    async def create(
        self,
        *,
        fine_tuned_model_checkpoint: str,
        body: CreateFineTuningCheckpointPermissionRequest,
        credentials: str,
    ) -> ListFineTuningCheckpointPermissionResponse:
        """**NOTE:** Calling this endpoint requires an [admin API key](../admin-api-keys).

        This enables organization owners to share fine-tuned models with other projects
        in their organization.

        `POST /fine_tuning/checkpoints/{fine_tuned_model_checkpoint}/permissions`
        (createFineTuningCheckpointPermission)

        Args:
            fine_tuned_model_checkpoint: The ID of the fine-tuned model checkpoint
                to create a permission for.

            body: The `CreateFineTuningCheckpointPermissionRequest` request body
                (application/json).

            credentials: The bearer token the request was authorised with.
        """
        raise NotImplementedError

    async def delete(
        self, *, fine_tuned_model_checkpoint: str, permission_id: str, credentials: str
    ) -> DeleteFineTuningCheckpointPermissionResponse:
        """**NOTE:** This endpoint requires an [admin API key](../admin-api-keys).

        Organization owners can use this endpoint to delete a permission for a
        fine-tuned model checkpoint.

        `DELETE
        /fine_tuning/checkpoints/{fine_tuned_model_checkpoint}/permissions/{permission_id}`
        (deleteFineTuningCheckpointPermission)

        Args:
            fine_tuned_model_checkpoint: The ID of the fine-tuned model checkpoint
                to delete a permission for.

            permission_id: The ID of the fine-tuned model checkpoint permission to
                delete.

            credentials: The bearer token the request was authorised with.
        """
        raise NotImplementedError


class FineTuningJobs:
    """The operations of `fine_tuning.jobs` (`FineTuningJobsHandler`)."""

    async def list(
        self,
        *,
        after: Optional[str],
        limit: Optional[int],
        metadata: Optional[Dict[str, str]],
        credentials: str,
    ) -> ListPaginatedFineTuningJobsResponse:
        """List your organization's fine-tuning jobs

        `GET /fine_tuning/jobs` (listPaginatedFineTuningJobs)

        Args:
            after: Identifier for the last job from the previous pagination request.

            limit: Number of fine-tuning jobs to retrieve.

            metadata: Optional metadata filter. To filter, use the syntax
                `metadata[k]=v`. Alternatively, set `metadata=null` to indicate no
                metadata.

            credentials: The bearer token the request was authorised with.
        """
        raise NotImplementedError

    async def create(
        self, *, body: CreateFineTuningJobRequest, credentials: str
    ) -> FineTuningJob:
        """Creates a fine-tuning job which begins the process of creating a new model from
        a given dataset.

        Response includes details of the enqueued job including job status and the name
        of the fine-tuned models once complete.

        [Learn more about
        fine-tuning](https://platform.openai.com/docs/guides/model-optimization)

        `POST /fine_tuning/jobs` (createFineTuningJob)

        Args:
            body: The `CreateFineTuningJobRequest` request body (application/json).

            credentials: The bearer token the request was authorised with.
        """
        raise NotImplementedError

    async def retrieve(
        self, *, fine_tuning_job_id: str, credentials: str
    ) -> FineTuningJob:
        """Get info about a fine-tuning job.

        [Learn more about
        fine-tuning](https://platform.openai.com/docs/guides/model-optimization)

        `GET /fine_tuning/jobs/{fine_tuning_job_id}` (retrieveFineTuningJob)

        Args:
            fine_tuning_job_id: The ID of the fine-tuning job.

            credentials: The bearer token the request was authorised with.
        """
        raise NotImplementedError

    async def cancel(
        self, *, fine_tuning_job_id: str, credentials: str
    ) -> FineTuningJob:
        """Immediately cancel a fine-tune job.

        `POST /fine_tuning/jobs/{fine_tuning_job_id}/cancel` (cancelFineTuningJob)

        Args:
            fine_tuning_job_id: The ID of the fine-tuning job to cancel.

            credentials: The bearer token the request was authorised with.
        """
        raise NotImplementedError

    async def list_events(
        self,
        *,
        fine_tuning_job_id: str,
        after: Optional[str],
        limit: Optional[int],
        credentials: str,
    ) -> ListFineTuningJobEventsResponse:
        """Get status updates for a fine-tuning job.

        `GET /fine_tuning/jobs/{fine_tuning_job_id}/events` (listFineTuningEvents)

        Args:
            fine_tuning_job_id: The ID of the fine-tuning job to get events for.

            after: Identifier for the last event from the previous pagination
                request.

            limit: Number of events to retrieve.

            credentials: The bearer token the request was authorised with.
        """
        raise NotImplementedError

    async def pause(
        self, *, fine_tuning_job_id: str, credentials: str
    ) -> FineTuningJob:
        """Pause a fine-tune job.

        `POST /fine_tuning/jobs/{fine_tuning_job_id}/pause` (pauseFineTuningJob)

        Args:
            fine_tuning_job_id: The ID of the fine-tuning job to pause.

            credentials: The bearer token the request was authorised with.
        """
        raise NotImplementedError

    async def resume(
        self, *, fine_tuning_job_id: str, credentials: str
    ) -> FineTuningJob:
        """Resume a fine-tune job.

        `POST /fine_tuning/jobs/{fine_tuning_job_id}/resume` (resumeFineTuningJob)

        Args:
            fine_tuning_job_id: The ID of the fine-tuning job to resume.

            credentials: The bearer token the request was authorised with.
        """
        raise NotImplementedError


class FineTuningJobsCheckpoints:
    """The operations of `fine_tuning.jobs.checkpoints` (`FineTuningJobsCheckpointsHandler`)."""

    async def list(
        self,
        *,
        fine_tuning_job_id: str,
        after: Optional[str],
        limit: Optional[int],
        credentials: str,
    ) -> ListFineTuningJobCheckpointsResponse:
        """List checkpoints for a fine-tuning job.

        `GET /fine_tuning/jobs/{fine_tuning_job_id}/checkpoints`
        (listFineTuningJobCheckpoints)

        Args:
            fine_tuning_job_id: The ID of the fine-tuning job to get checkpoints
                for.

            after: Identifier for the last checkpoint ID from the previous
                pagination request.

            limit: Number of checkpoints to retrieve.

            credentials: The bearer token the request was authorised with.
        """
        raise NotImplementedError


class Images:
    """The operations of `images` (`ImagesHandler`)."""

    async def edit(
        self,
        *,
        image: Optional[UploadFile],
        prompt: str,
        mask: Optional[Union[ImageRefParam, UploadFile]],
        background: Optional[Literal["transparent", "opaque", "auto"]],
        model: Optional[
            Union[
                Literal[
                    "gpt-image-1.5",
                    "gpt-image-2",
                    "gpt-image-2-2026-04-21",
                    "dall-e-2",
                    "gpt-image-1",
                    "gpt-image-1-mini",
                    "chatgpt-image-latest",
                ],
                str,
            ]
        ],
        n: Optional[Union[int, Annotated[int, Field(ge=1, le=10)]]],
        size: Optional[
            Union[
                Literal[
                    "256x256", "512x512", "1024x1024", "1536x1024", "1024x1536", "auto"
                ],
                str,
            ]
        ],
        response_format: Optional[Literal["url", "b64_json"]],
        output_format: Optional[Literal["png", "jpeg", "webp"]],
        output_compression: Optional[Union[int, Annotated[int, Field(ge=0, le=100)]]],
        user: Optional[str],
        input_fidelity: Optional[Union[InputFidelity, Literal["high", "low"]]],
        stream: Optional[bool],
        partial_images: Optional[PartialImages],
        quality: Optional[Literal["standard", "low", "medium", "high", "auto"]],
        images: Optional[List[ImageRefParam]],
        moderation: Optional[Literal["low", "auto"]],
        credentials: str,
    ) -> Union[ImagesResponse, AsyncIterator[ImageEditStreamEvent]]:
        """Creates an edited or extended image given one or more source images and a
        prompt. This endpoint supports GPT Image models (`gpt-image-1.5`, `gpt-image-1`,
        `gpt-image-1-mini`, and `chatgpt-image-latest`) and `dall-e-2`.

        You can call this endpoint with either:

        - `multipart/form-data`: use binary uploads via `image` (and optional `mask`).
        - `application/json`: use `images` (and optional `mask`) as references with
          either `image_url` or `file_id`.

        Note that JSON requests use `images` (array) instead of the multipart `image`
        field.

        With `stream: true` in the body, return an async iterator of the stream's events
        (e.g. an async generator).

        `POST /images/edits` (createImageEdit)

        Args:
            image: The image(s) to edit. Must be a supported image file or an array
                of images.

                For the GPT image models (`gpt-image-1`, `gpt-image-1-mini`,
                `gpt-image-1.5`, `gpt-image-2`, and `gpt-image-2-2026-04-21`), each
                image should be a `png`, `webp`, or `jpg` file less than 50MB. You can
                provide up to 16 images. `chatgpt-image-latest` follows the same input
                constraints as GPT image models.

                For `dall-e-2`, you can only provide one image, and it should be a
                square `png` file less than 4MB.

            prompt: A text description of the desired image(s). The maximum length
                is 1000 characters for `dall-e-2`, and 32000 characters for the GPT
                image models.

            mask: An additional image whose fully transparent areas (e.g. where
                alpha is zero) indicate where `image` should be edited. If there are
                multiple images provided, the mask will be applied on the first image.
                Must be a valid PNG file, less than 4MB, and have the same dimensions as
                `image`.

            background: Set the background of the generated image(s). This parameter
                is only supported for the GPT image models. Must be one of
                `transparent`, `opaque`, or `auto` (default value). When `auto` is used,
                the model will automatically determine the best background for the
                image.

                Transparent backgrounds are available for supported GPT Image models.
                For `gpt-image-2` and `gpt-image-2-2026-04-21`, this support is in
                preview. When using `transparent`, set the output format to `png` or
                `webp`.

            model: The model to use for image generation. One of `dall-e-2` or a GPT
                image model (`gpt-image-1`, `gpt-image-1-mini`, `gpt-image-1.5`,
                `gpt-image-2`, `gpt-image-2-2026-04-21`, or `chatgpt-image-latest`).
                Defaults to `gpt-image-1.5`.

            n: The number of images to generate. Must be between 1 and 10.

            size: The size of the generated images. For `gpt-image-2` and
                `gpt-image-2-2026-04-21`, arbitrary resolutions are supported as
                `WIDTHxHEIGHT` strings, for example `1536x864`. Width and height must
                both be divisible by 16 and the requested aspect ratio must be between
                1:3 and 3:1. Resolutions above `2560x1440` are experimental, and the
                maximum supported resolution is `3840x2160`. The requested size must
                also satisfy the model's current pixel and edge limits. The standard
                sizes `1024x1024`, `1536x1024`, and `1024x1536` are supported by the GPT
                image models; `auto` is supported for models that allow automatic
                sizing. For `dall-e-2`, use one of `256x256`, `512x512`, or `1024x1024`.
                For `dall-e-3`, use one of `1024x1024`, `1792x1024`, or `1024x1792`.

            response_format: The format in which the generated images are returned.
                Must be one of `url` or `b64_json`. URLs are only valid for 60 minutes
                after the image has been generated. This parameter is only supported for
                `dall-e-2` (default is `url` for `dall-e-2`), as GPT image models always
                return base64-encoded images.

            output_format: The format in which the generated images are returned.
                This parameter is only supported for the GPT image models. Must be one
                of `png`, `jpeg`, or `webp`. The default value is `png`.

            output_compression: The compression level (0-100%) for the generated
                images. This parameter is only supported for the GPT image models with
                the `webp` or `jpeg` output formats, and defaults to 100.

            user: A unique identifier representing your end-user, which can help
                OpenAI to monitor and detect abuse. [Learn
                more](https://platform.openai.com/docs/guides/safety-best-practices#end-user-ids).

            input_fidelity: Control how much effort the model will exert to match
                the style and features, especially facial features, of input images.
                This parameter is only supported for `gpt-image-1` and `gpt-image-1.5`
                and later models, unsupported for `gpt-image-1-mini`. Supports `high`
                and `low`. Defaults to `low`.

            stream: Edit the image in streaming mode. Defaults to `false`. See the
                [Image generation
                guide](https://platform.openai.com/docs/guides/image-generation) for
                more information.

            partial_images: The number of partial images to generate. This parameter
                is used for streaming responses that return partial images. Value must
                be between 0 and 3. When set to 0, the response will be a single image
                sent in one streaming event.

                Note that the final image may be sent before the full number of partial
                images are generated if the full image is generated more quickly.

            quality: The quality of the image that will be generated for GPT image
                models. Defaults to `auto`.

            images: Input image references to edit. For GPT image models, you can
                provide up to 16 images.

            moderation: Moderation level for GPT image models.

            credentials: The bearer token the request was authorised with.
        """
        raise NotImplementedError

    async def generate(
        self, *, body: CreateImageRequest, credentials: str
    ) -> Union[ImagesResponse, AsyncIterator[ImageGenStreamEvent]]:
        """Creates an image given a prompt. [Learn
        more](https://platform.openai.com/docs/guides/images).

        With `stream: true` in the body, return an async iterator of the stream's events
        (e.g. an async generator).

        `POST /images/generations` (createImage)

        Args:
            body: The `CreateImageRequest` request body (application/json).

            credentials: The bearer token the request was authorised with.
        """
        raise NotImplementedError

    async def create_variation(
        self,
        *,
        image: UploadFile,
        model: Optional[Union[Literal["dall-e-2"], str]],
        n: Optional[int],
        response_format: Optional[Literal["url", "b64_json"]],
        size: Optional[Literal["256x256", "512x512", "1024x1024"]],
        user: Optional[str],
        credentials: str,
    ) -> ImagesResponse:
        """Creates a variation of a given image. This endpoint only supports `dall-e-2`.

        `POST /images/variations` (createImageVariation)

        Args:
            image: The image to use as the basis for the variation(s). Must be a
                valid PNG file, less than 4MB, and square.

            model: The model to use for image generation. Only `dall-e-2` is
                supported at this time.

            n: The number of images to generate. Must be between 1 and 10.

            response_format: The format in which the generated images are returned.
                Must be one of `url` or `b64_json`. URLs are only valid for 60 minutes
                after the image has been generated.

            size: The size of the generated images. Must be one of `256x256`,
                `512x512`, or `1024x1024`.

            user: A unique identifier representing your end-user, which can help
                OpenAI to monitor and detect abuse. [Learn
                more](https://platform.openai.com/docs/guides/safety-best-practices#end-user-ids).

            credentials: The bearer token the request was authorised with.
        """
        raise NotImplementedError


class Models:
    """The operations of `models` (`ModelsHandler`)."""

    async def list(self, *, credentials: str) -> ListModelsResponse:
        """Lists the currently available models, and provides basic information about each
        one such as the owner and availability.

        `GET /models` (listModels)

        Args:
            credentials: The bearer token the request was authorised with.
        """
        raise NotImplementedError

    async def retrieve(self, *, model: str, credentials: str) -> Model:
        """Retrieves a model instance, providing basic information about the model such as
        the owner and permissioning.

        `GET /models/{model}` (retrieveModel)

        Args:
            model: The ID of the model to use for this request

            credentials: The bearer token the request was authorised with.
        """
        raise NotImplementedError

    async def delete(self, *, model: str, credentials: str) -> DeleteModelResponse:
        """Delete a fine-tuned model. You must have the Owner role in your organization to
        delete a model.

        `DELETE /models/{model}` (deleteModel)

        Args:
            model: The model to delete

            credentials: The bearer token the request was authorised with.
        """
        raise NotImplementedError


class Moderations:
    """The operations of `moderations` (`ModerationsHandler`)."""

    async def create(
        self, *, body: CreateModerationRequest, credentials: str
    ) -> CreateModerationResponse:
        """Classifies if text and/or image inputs are potentially harmful. Learn more in
        the [moderation guide](https://platform.openai.com/docs/guides/moderation).

        `POST /moderations` (createModeration)

        Args:
            body: The `CreateModerationRequest` request body (application/json).

            credentials: The bearer token the request was authorised with.
        """
        raise NotImplementedError


class RealtimeCalls:
    """The operations of `realtime.calls` (`RealtimeCallsHandler`)."""

    async def create(
        self,
        *,
        sdp: Optional[str],
        session: Optional[RealtimeSessionCreateRequestGA],
        body_: Optional[bytes],
        credentials: str,
    ) -> Union[bytes, AsyncIterator[bytes]]:
        """Create a new Realtime API call over WebRTC and receive the SDP answer needed to
        complete the peer connection.

        `POST /realtime/calls` (create-realtime-call)

        Args:
            sdp: WebRTC Session Description Protocol (SDP) offer generated by the
                caller.

            session: Optional session configuration to apply before the realtime
                session is created. Use the same parameters you would send in a [`create
                client
                secret`](https://platform.openai.com/docs/api-reference/realtime-sessions/create-realtime-client-secret)
                request.

            body_: WebRTC SDP offer. Use this variant when you have previously
                created an ephemeral **session token** and are authenticating the
                request with it. Realtime session parameters will be retrieved from the
                session token.

            credentials: The bearer token the request was authorised with.
        """
        raise NotImplementedError

    async def accept(
        self, *, call_id: str, body: RealtimeSessionCreateRequestGA, credentials: str
    ) -> None:
        """Accept an incoming SIP call and configure the realtime session that will handle
        it.

        `POST /realtime/calls/{call_id}/accept` (accept-realtime-call)

        Args:
            call_id: The identifier for the call provided in the
                [`realtime.call.incoming`](https://platform.openai.com/docs/api-reference/webhook-events/realtime/call/incoming)
                webhook.

            body: Session configuration to apply before the caller is bridged to the
                model.

            credentials: The bearer token the request was authorised with.
        """
        raise NotImplementedError

    async def hangup(self, *, call_id: str, credentials: str) -> None:
        """End an active Realtime API call, whether it was initiated over SIP or WebRTC.

        `POST /realtime/calls/{call_id}/hangup` (hangup-realtime-call)

        Args:
            call_id: The identifier for the call. For SIP calls, use the value
                provided in the
                [`realtime.call.incoming`](https://platform.openai.com/docs/api-reference/webhook-events/realtime/call/incoming)
                webhook. For WebRTC sessions, reuse the call ID returned in the
                `Location` header when creating the call with [`POST
                /v1/realtime/calls`](https://platform.openai.com/docs/api-reference/realtime/create-call).

            credentials: The bearer token the request was authorised with.
        """
        raise NotImplementedError

    async def refer(
        self, *, call_id: str, body: RealtimeCallReferRequest, credentials: str
    ) -> None:
        """Transfer an active SIP call to a new destination using the SIP REFER verb.

        `POST /realtime/calls/{call_id}/refer` (refer-realtime-call)

        Args:
            call_id: The identifier for the call provided in the
                [`realtime.call.incoming`](https://platform.openai.com/docs/api-reference/webhook-events/realtime/call/incoming)
                webhook.

            body: Destination URI for the REFER request.

            credentials: The bearer token the request was authorised with.
        """
        raise NotImplementedError

    async def reject(
        self,
        *,
        call_id: str,
        body: Optional[RealtimeCallRejectRequest],
        credentials: str,
    ) -> None:
        """Decline an incoming SIP call by returning a SIP status code to the caller.

        `POST /realtime/calls/{call_id}/reject` (reject-realtime-call)

        Args:
            call_id: The identifier for the call provided in the
                [`realtime.call.incoming`](https://platform.openai.com/docs/api-reference/webhook-events/realtime/call/incoming)
                webhook.

            body: Provide an optional SIP status code. When omitted the API responds
                with `603 Decline`.

            credentials: The bearer token the request was authorised with.
        """
        raise NotImplementedError


class RealtimeClientSecrets:
    """The operations of `realtime.client_secrets` (`RealtimeClientSecretsHandler`)."""

    async def create(
        self, *, body: RealtimeCreateClientSecretRequest, credentials: str
    ) -> RealtimeCreateClientSecretResponse:
        """Create a Realtime client secret with an associated session configuration.

        Client secrets are short-lived tokens that can be passed to a client app, such
        as a web frontend or mobile client, which grants access to the Realtime API
        without leaking your main API key. You can configure a custom TTL for each
        client secret.

        You can also attach session configuration options to the client secret, which
        will be applied to any sessions created using that client secret, but these can
        also be overridden by the client connection.

        [Learn more about authentication with client secrets over
        WebRTC](https://platform.openai.com/docs/guides/realtime-webrtc).

        Returns the created client secret and the effective session object. The client
        secret is a string that looks like `ek_1234`.

        `POST /realtime/client_secrets` (create-realtime-client-secret)

        Args:
            body: Create a client secret with the given session configuration.

            credentials: The bearer token the request was authorised with.
        """
        raise NotImplementedError


class RealtimeTranslationsClientSecrets:
    """The operations of `realtime.translations.client_secrets` (`RealtimeTranslationsClientSecretsHandler`)."""

    async def create(
        self, *, body: RealtimeTranslationClientSecretCreateRequest, credentials: str
    ) -> RealtimeTranslationClientSecretCreateResponse:
        """Create a Realtime translation client secret with an associated translation
        session configuration.

        Client secrets are short-lived tokens that can be passed to a client app, such
        as a web frontend or mobile client, which grants access to the Realtime
        Translation API without leaking your main API key. You can configure a custom
        TTL for each client secret.

        Returns the created client secret and the effective translation session object.
        The client secret is a string that looks like `ek_1234`.

        `POST /realtime/translations/client_secrets`
        (create-realtime-translation-client-secret)

        Args:
            body: Create a client secret with the given translation session
                configuration.

            credentials: The bearer token the request was authorised with.
        """
        raise NotImplementedError


class Responses:
    """The operations of `responses` (`ResponsesHandler`)."""

    async def create(
        self, *, body: CreateResponse, credentials: str
    ) -> Union[ResponseModel, AsyncIterator[ResponseStreamEvent]]:
        """Creates a model response. Provide
        [text](https://platform.openai.com/docs/guides/text) or
        [image](https://platform.openai.com/docs/guides/images) inputs to generate
        [text](https://platform.openai.com/docs/guides/text) or
        [JSON](https://platform.openai.com/docs/guides/structured-outputs) outputs. Have
        the model call your own [custom
        code](https://platform.openai.com/docs/guides/function-calling) or use built-in
        [tools](https://platform.openai.com/docs/guides/tools) like [web
        search](https://platform.openai.com/docs/guides/tools-web-search) or [file
        search](https://platform.openai.com/docs/guides/tools-file-search) to use your
        own data as input for the model's response.

        With `stream: true` in the body, return an async iterator of the stream's events
        (e.g. an async generator).

        `POST /responses` (createResponse)

        Args:
            body: The `CreateResponse` request body (application/json).

            credentials: The bearer token the request was authorised with.
        """
        raise NotImplementedError

    async def retrieve(
        self,
        *,
        response_id: str,
        include: Optional[List[IncludeEnum]],
        stream: Optional[bool],
        starting_after: Optional[int],
        include_obfuscation: Optional[bool],
        credentials: str,
    ) -> ResponseModel:
        """Retrieves a model response with the given ID.

        `GET /responses/{response_id}` (getResponse)

        Args:
            response_id: The ID of the response to retrieve.

            include: Additional fields to include in the response. See the `include`
                parameter for Response creation above for more information.

            stream: If set to true, the model response data will be streamed to the
                client as it is generated using [server-sent
                events](https://developer.mozilla.org/en-US/docs/Web/API/Server-sent_events/Using_server-sent_events#Event_stream_format).
                See the [Streaming section
                below](https://platform.openai.com/docs/api-reference/responses-streaming)
                for more information.

            starting_after: The sequence number of the event after which to start
                streaming.

            include_obfuscation: When true, stream obfuscation will be enabled.
                Stream obfuscation adds random characters to an `obfuscation` field on
                streaming delta events to normalize payload sizes as a mitigation to
                certain side-channel attacks. These obfuscation fields are included by
                default, but add a small amount of overhead to the data stream. You can
                set `include_obfuscation` to false to optimize for bandwidth if you
                trust the network links between your application and the OpenAI API.

            credentials: The bearer token the request was authorised with.
        """
        raise NotImplementedError

    async def delete(self, *, response_id: str, credentials: str) -> None:
        """Deletes a model response with the given ID.

        `DELETE /responses/{response_id}` (deleteResponse)

        Args:
            response_id: The ID of the response to delete.

            credentials: The bearer token the request was authorised with.
        """
        raise NotImplementedError

    async def cancel(self, *, response_id: str, credentials: str) -> ResponseModel:
        """Cancels a model response with the given ID. Only responses created with the
        `background` parameter set to `true` can be cancelled. [Learn
        more](https://platform.openai.com/docs/guides/background).

        `POST /responses/{response_id}/cancel` (cancelResponse)

        Args:
            response_id: The ID of the response to cancel.

            credentials: The bearer token the request was authorised with.
        """
        raise NotImplementedError

    async def compact(
        self, *, body: Optional[CompactResponseMethodPublicBody], credentials: str
    ) -> CompactResource:
        """Compact a conversation. Returns a compacted response object.

        Learn when and how to compact long-running conversations in the [conversation
        state
        guide](https://platform.openai.com/docs/guides/conversation-state#managing-the-context-window).
        For ZDR-compatible compaction details, see [Compaction
        (advanced)](https://platform.openai.com/docs/guides/conversation-state#compaction-advanced).

        `POST /responses/compact` (Compactconversation)

        Args:
            body: The `CompactResponseMethodPublicBody` request body
                (application/json).

            credentials: The bearer token the request was authorised with.
        """
        raise NotImplementedError


class ResponsesInputItems:
    """The operations of `responses.input_items` (`ResponsesInputItemsHandler`)."""

    async def list(
        self,
        *,
        response_id: str,
        limit: Optional[int],
        order: Optional[Literal["asc", "desc"]],
        after: Optional[str],
        include: Optional[List[IncludeEnum]],
        credentials: str,
    ) -> ResponseItemList:
        """Returns a list of input items for a given response.

        `GET /responses/{response_id}/input_items` (listInputItems)

        Args:
            response_id: The ID of the response to retrieve input items for.

            limit: A limit on the number of objects to be returned. Limit can range
                between 1 and 100, and the default is 20.

            order: The order to return the input items in. Default is `desc`.
                - `asc`: Return the input items in ascending order.
                - `desc`: Return the input items in descending order.

            after: An item ID to list items after, used in pagination.

            include: Additional fields to include in the response. See the `include`
                parameter for Response creation above for more information.

            credentials: The bearer token the request was authorised with.
        """
        raise NotImplementedError


class ResponsesInputTokens:
    """The operations of `responses.input_tokens` (`ResponsesInputTokensHandler`)."""

    async def count(
        self, *, body: Optional[TokenCountsBody], credentials: str
    ) -> TokenCountsResource:
        """Returns input token counts of the request.

        Returns an object with `object` set to `response.input_tokens` and an
        `input_tokens` count.

        `POST /responses/input_tokens` (Getinputtokencounts)

        Args:
            body: The `TokenCountsBody` request body (application/json).

            credentials: The bearer token the request was authorised with.
        """
        raise NotImplementedError


class Skills:
    """The operations of `skills` (`SkillsHandler`)."""

    async def list(
        self,
        *,
        limit: Optional[int],
        order: Optional[OrderEnum],
        after: Optional[str],
        credentials: str,
    ) -> SkillListResource:
        """List all skills for the current project.

        `GET /skills` (ListSkills)

        Args:
            limit: Number of items to retrieve

            order: Sort order of results by timestamp. Use `asc` for ascending order
                or `desc` for descending order.

            after: Identifier for the last item from the previous pagination request

            credentials: The bearer token the request was authorised with.
        """
        raise NotImplementedError

    async def create(
        self,
        *,
        files: Optional[
            Union[
                Union[Annotated[List[bytes], Field(max_length=500)], bytes], UploadFile
            ]
        ],
        credentials: str,
    ) -> SkillResource:
        """Create a new skill.

        `POST /skills` (CreateSkill)

        Args:
            credentials: The bearer token the request was authorised with.
        """
        raise NotImplementedError

    async def retrieve(self, *, skill_id: str, credentials: str) -> SkillResource:
        """Get a skill by its ID.

        `GET /skills/{skill_id}` (GetSkill)

        Args:
            skill_id: The identifier of the skill to retrieve.

            credentials: The bearer token the request was authorised with.
        """
        raise NotImplementedError

    async def update(
        self,
        *,
        skill_id: str,
        body: Optional[SetDefaultSkillVersionBody],
        credentials: str,
    ) -> SkillResource:
        """Update the default version pointer for a skill.

        `POST /skills/{skill_id}` (UpdateSkillDefaultVersion)

        Args:
            skill_id: The identifier of the skill.

            body: Updates the default version pointer for a skill.

            credentials: The bearer token the request was authorised with.
        """
        raise NotImplementedError

    async def delete(self, *, skill_id: str, credentials: str) -> DeletedSkillResource:
        """Delete a skill by its ID.

        `DELETE /skills/{skill_id}` (DeleteSkill)

        Args:
            skill_id: The identifier of the skill to delete.

            credentials: The bearer token the request was authorised with.
        """
        raise NotImplementedError


class SkillsContent:
    """The operations of `skills.content` (`SkillsContentHandler`)."""

    async def retrieve(
        self, *, skill_id: str, credentials: str
    ) -> Union[bytes, AsyncIterator[bytes]]:
        """Download a skill zip bundle by its ID.

        `GET /skills/{skill_id}/content` (GetSkillContent)

        Args:
            skill_id: The identifier of the skill to download.

            credentials: The bearer token the request was authorised with.
        """
        raise NotImplementedError


class SkillsVersions:
    """The operations of `skills.versions` (`SkillsVersionsHandler`)."""

    async def list(
        self,
        *,
        skill_id: str,
        limit: Optional[int],
        order: Optional[OrderEnum],
        after: Optional[str],
        credentials: str,
    ) -> SkillVersionListResource:
        """List skill versions for a skill.

        `GET /skills/{skill_id}/versions` (ListSkillVersions)

        Args:
            skill_id: The identifier of the skill.

            limit: Number of versions to retrieve.

            order: Sort order of results by version number.

            after: The skill version ID to start after.

            credentials: The bearer token the request was authorised with.
        """
        raise NotImplementedError

    async def create(
        self,
        *,
        skill_id: str,
        files: Optional[
            Union[
                Union[Annotated[List[bytes], Field(max_length=500)], bytes], UploadFile
            ]
        ],
        default: Optional[bool],
        credentials: str,
    ) -> SkillVersionResource:
        """Create a new immutable skill version.

        `POST /skills/{skill_id}/versions` (CreateSkillVersion)

        Args:
            skill_id: The identifier of the skill to version.

            default: Whether to set this version as the default.

            credentials: The bearer token the request was authorised with.
        """
        raise NotImplementedError

    async def retrieve(
        self, *, skill_id: str, version: str, credentials: str
    ) -> SkillVersionResource:
        """Get a specific skill version.

        `GET /skills/{skill_id}/versions/{version}` (GetSkillVersion)

        Args:
            skill_id: The identifier of the skill.

            version: The version number to retrieve.

            credentials: The bearer token the request was authorised with.
        """
        raise NotImplementedError

    async def delete(
        self, *, skill_id: str, version: str, credentials: str
    ) -> DeletedSkillVersionResource:
        """Delete a skill version.

        `DELETE /skills/{skill_id}/versions/{version}` (DeleteSkillVersion)

        Args:
            skill_id: The identifier of the skill.

            version: The skill version number.

            credentials: The bearer token the request was authorised with.
        """
        raise NotImplementedError


class SkillsVersionsContent:
    """The operations of `skills.versions.content` (`SkillsVersionsContentHandler`)."""

    async def retrieve(
        self, *, skill_id: str, version: str, credentials: str
    ) -> Union[bytes, AsyncIterator[bytes]]:
        """Download a skill version zip bundle.

        `GET /skills/{skill_id}/versions/{version}/content` (GetSkillVersionContent)

        Args:
            skill_id: The identifier of the skill.

            version: The skill version number.

            credentials: The bearer token the request was authorised with.
        """
        raise NotImplementedError


class Uploads:
    """The operations of `uploads` (`UploadsHandler`)."""

    async def create(self, *, body: CreateUploadRequest, credentials: str) -> Upload:
        """Creates an intermediate
        [Upload](https://platform.openai.com/docs/api-reference/uploads/object) object
        that you can add
        [Parts](https://platform.openai.com/docs/api-reference/uploads/part-object) to.
        Currently, an Upload can accept at most 8 GB in total and expires after an hour
        after you create it.

        Once you complete the Upload, we will create a
        [File](https://platform.openai.com/docs/api-reference/files/object) object that
        contains all the parts you uploaded. This File is usable in the rest of our
        platform as a regular File object.

        For certain `purpose` values, the correct `mime_type` must be specified. Please
        refer to documentation for the [supported MIME types for your use
        case](https://platform.openai.com/docs/assistants/tools/file-search#supported-files).

        For guidance on the proper filename extensions for each purpose, please follow
        the documentation on [creating a
        File](https://platform.openai.com/docs/api-reference/files/create).

        Returns the Upload object with status `pending`.

        `POST /uploads` (createUpload)

        Args:
            body: The `CreateUploadRequest` request body (application/json).

            credentials: The bearer token the request was authorised with.
        """
        raise NotImplementedError

    async def cancel(self, *, upload_id: str, credentials: str) -> Upload:
        """Cancels the Upload. No Parts may be added after an Upload is cancelled.

        Returns the Upload object with status `cancelled`.

        `POST /uploads/{upload_id}/cancel` (cancelUpload)

        Args:
            upload_id: The ID of the Upload.

            credentials: The bearer token the request was authorised with.
        """
        raise NotImplementedError

    async def complete(
        self, *, upload_id: str, body: CompleteUploadRequest, credentials: str
    ) -> Upload:
        """Completes the
        [Upload](https://platform.openai.com/docs/api-reference/uploads/object).

        Within the returned Upload object, there is a nested
        [File](https://platform.openai.com/docs/api-reference/files/object) object that
        is ready to use in the rest of the platform.

        You can specify the order of the Parts by passing in an ordered list of the Part
        IDs.

        The number of bytes uploaded upon completion must match the number of bytes
        initially specified when creating the Upload object. No Parts may be added after
        an Upload is completed. Returns the Upload object with status `completed`,
        including an additional `file` property containing the created usable File
        object.

        `POST /uploads/{upload_id}/complete` (completeUpload)

        Args:
            upload_id: The ID of the Upload.

            body: The `CompleteUploadRequest` request body (application/json).

            credentials: The bearer token the request was authorised with.
        """
        raise NotImplementedError


class UploadsParts:
    """The operations of `uploads.parts` (`UploadsPartsHandler`)."""

    async def create(
        self, *, upload_id: str, data: UploadFile, credentials: str
    ) -> UploadPart:
        """Adds a
        [Part](https://platform.openai.com/docs/api-reference/uploads/part-object) to an
        [Upload](https://platform.openai.com/docs/api-reference/uploads/object) object.
        A Part represents a chunk of bytes from the file you are trying to upload.

        Each Part can be at most 64 MB, and you can add Parts until you hit the Upload
        maximum of 8 GB.

        It is possible to add multiple Parts in parallel. You can decide the intended
        order of the Parts when you [complete the
        Upload](https://platform.openai.com/docs/api-reference/uploads/complete).

        `POST /uploads/{upload_id}/parts` (addUploadPart)

        Args:
            upload_id: The ID of the Upload.

            data: The chunk of bytes for this Part.

            credentials: The bearer token the request was authorised with.
        """
        raise NotImplementedError


class VectorStores:
    """The operations of `vector_stores` (`VectorStoresHandler`)."""

    async def list(
        self,
        *,
        limit: Optional[int],
        order: Optional[Literal["asc", "desc"]],
        after: Optional[str],
        before: Optional[str],
        credentials: str,
    ) -> ListVectorStoresResponse:
        """Returns a list of vector stores.

        `GET /vector_stores` (listVectorStores)

        Args:
            limit: A limit on the number of objects to be returned. Limit can range
                between 1 and 100, and the default is 20.

            order: Sort order by the `created_at` timestamp of the objects. `asc`
                for ascending order and `desc` for descending order.

            after: A cursor for use in pagination. `after` is an object ID that
                defines your place in the list. For instance, if you make a list request
                and receive 100 objects, ending with obj_foo, your subsequent call can
                include after=obj_foo in order to fetch the next page of the list.

            before: A cursor for use in pagination. `before` is an object ID that
                defines your place in the list. For instance, if you make a list request
                and receive 100 objects, starting with obj_foo, your subsequent call can
                include before=obj_foo in order to fetch the previous page of the list.

            credentials: The bearer token the request was authorised with.
        """
        raise NotImplementedError

    async def create(
        self, *, body: CreateVectorStoreRequest, credentials: str
    ) -> VectorStoreObject:
        """Create a vector store.

        `POST /vector_stores` (createVectorStore)

        Args:
            body: The `CreateVectorStoreRequest` request body (application/json).

            credentials: The bearer token the request was authorised with.
        """
        raise NotImplementedError

    async def retrieve(
        self, *, vector_store_id: str, credentials: str
    ) -> VectorStoreObject:
        """Retrieves a vector store.

        `GET /vector_stores/{vector_store_id}` (getVectorStore)

        Args:
            vector_store_id: The ID of the vector store to retrieve.

            credentials: The bearer token the request was authorised with.
        """
        raise NotImplementedError

    async def update(
        self, *, vector_store_id: str, body: UpdateVectorStoreRequest, credentials: str
    ) -> VectorStoreObject:
        """Modifies a vector store.

        `POST /vector_stores/{vector_store_id}` (modifyVectorStore)

        Args:
            vector_store_id: The ID of the vector store to modify.

            body: The `UpdateVectorStoreRequest` request body (application/json).

            credentials: The bearer token the request was authorised with.
        """
        raise NotImplementedError

    async def delete(
        self, *, vector_store_id: str, credentials: str
    ) -> DeleteVectorStoreResponse:
        """Delete a vector store.

        `DELETE /vector_stores/{vector_store_id}` (deleteVectorStore)

        Args:
            vector_store_id: The ID of the vector store to delete.

            credentials: The bearer token the request was authorised with.
        """
        raise NotImplementedError

    async def search(
        self, *, vector_store_id: str, body: VectorStoreSearchRequest, credentials: str
    ) -> VectorStoreSearchResultsPage:
        """Search a vector store for relevant chunks based on a query and file attributes
        filter.

        `POST /vector_stores/{vector_store_id}/search` (searchVectorStore)

        Args:
            vector_store_id: The ID of the vector store to search.

            body: The `VectorStoreSearchRequest` request body (application/json).

            credentials: The bearer token the request was authorised with.
        """
        raise NotImplementedError


class VectorStoresFileBatches:
    """The operations of `vector_stores.file_batches` (`VectorStoresFileBatchesHandler`)."""

    async def create(
        self,
        *,
        vector_store_id: str,
        body: CreateVectorStoreFileBatchRequest,
        credentials: str,
    ) -> VectorStoreFileBatchObject:
        """Create a vector store file batch.

        The maximum number of files in a single batch request is 2000. Vector store file
        attach requests are rate limited per vector store (300 requests per minute
        across both this endpoint and `/vector_stores/{vector_store_id}/files`). For
        ingesting multiple files into the same vector store, this batch endpoint is
        recommended.

        `POST /vector_stores/{vector_store_id}/file_batches`
        (createVectorStoreFileBatch)

        Args:
            vector_store_id: The ID of the vector store for which to create a File
                Batch.

            body: The `CreateVectorStoreFileBatchRequest` request body
                (application/json).

            credentials: The bearer token the request was authorised with.
        """
        raise NotImplementedError

    async def retrieve(
        self, *, vector_store_id: str, batch_id: str, credentials: str
    ) -> VectorStoreFileBatchObject:
        """Retrieves a vector store file batch.

        `GET /vector_stores/{vector_store_id}/file_batches/{batch_id}`
        (getVectorStoreFileBatch)

        Args:
            vector_store_id: The ID of the vector store that the file batch belongs
                to.

            batch_id: The ID of the file batch being retrieved.

            credentials: The bearer token the request was authorised with.
        """
        raise NotImplementedError

    async def cancel(
        self, *, vector_store_id: str, batch_id: str, credentials: str
    ) -> VectorStoreFileBatchObject:
        """Cancel a vector store file batch. This attempts to cancel the processing of
        files in this batch as soon as possible.

        `POST /vector_stores/{vector_store_id}/file_batches/{batch_id}/cancel`
        (cancelVectorStoreFileBatch)

        Args:
            vector_store_id: The ID of the vector store that the file batch belongs
                to.

            batch_id: The ID of the file batch to cancel.

            credentials: The bearer token the request was authorised with.
        """
        raise NotImplementedError

    async def list_files(
        self,
        *,
        vector_store_id: str,
        batch_id: str,
        limit: Optional[int],
        order: Optional[Literal["asc", "desc"]],
        after: Optional[str],
        before: Optional[str],
        filter: Optional[Literal["in_progress", "completed", "failed", "cancelled"]],
        credentials: str,
    ) -> ListVectorStoreFilesResponse:
        """Returns a list of vector store files in a batch.

        `GET /vector_stores/{vector_store_id}/file_batches/{batch_id}/files`
        (listFilesInVectorStoreBatch)

        Args:
            vector_store_id: The ID of the vector store that the files belong to.

            batch_id: The ID of the file batch that the files belong to.

            limit: A limit on the number of objects to be returned. Limit can range
                between 1 and 100, and the default is 20.

            order: Sort order by the `created_at` timestamp of the objects. `asc`
                for ascending order and `desc` for descending order.

            after: A cursor for use in pagination. `after` is an object ID that
                defines your place in the list. For instance, if you make a list request
                and receive 100 objects, ending with obj_foo, your subsequent call can
                include after=obj_foo in order to fetch the next page of the list.

            before: A cursor for use in pagination. `before` is an object ID that
                defines your place in the list. For instance, if you make a list request
                and receive 100 objects, starting with obj_foo, your subsequent call can
                include before=obj_foo in order to fetch the previous page of the list.

            filter: Filter by file status. One of `in_progress`, `completed`,
                `failed`, `cancelled`.

            credentials: The bearer token the request was authorised with.
        """
        raise NotImplementedError


class VectorStoresFiles:
    """The operations of `vector_stores.files` (`VectorStoresFilesHandler`)."""

    async def list(
        self,
        *,
        vector_store_id: str,
        limit: Optional[int],
        order: Optional[Literal["asc", "desc"]],
        after: Optional[str],
        before: Optional[str],
        filter: Optional[Literal["in_progress", "completed", "failed", "cancelled"]],
        credentials: str,
    ) -> ListVectorStoreFilesResponse:
        """Returns a list of vector store files.

        `GET /vector_stores/{vector_store_id}/files` (listVectorStoreFiles)

        Args:
            vector_store_id: The ID of the vector store that the files belong to.

            limit: A limit on the number of objects to be returned. Limit can range
                between 1 and 100, and the default is 20.

            order: Sort order by the `created_at` timestamp of the objects. `asc`
                for ascending order and `desc` for descending order.

            after: A cursor for use in pagination. `after` is an object ID that
                defines your place in the list. For instance, if you make a list request
                and receive 100 objects, ending with obj_foo, your subsequent call can
                include after=obj_foo in order to fetch the next page of the list.

            before: A cursor for use in pagination. `before` is an object ID that
                defines your place in the list. For instance, if you make a list request
                and receive 100 objects, starting with obj_foo, your subsequent call can
                include before=obj_foo in order to fetch the previous page of the list.

            filter: Filter by file status. One of `in_progress`, `completed`,
                `failed`, `cancelled`.

            credentials: The bearer token the request was authorised with.
        """
        raise NotImplementedError

    async def create(
        self,
        *,
        vector_store_id: str,
        body: CreateVectorStoreFileRequest,
        credentials: str,
    ) -> VectorStoreFileObject:
        """Create a vector store file by attaching a
        [File](https://platform.openai.com/docs/api-reference/files) to a [vector
        store](https://platform.openai.com/docs/api-reference/vector-stores/object).

        This endpoint is subject to a per-vector-store write rate limit of 300 requests
        per minute, shared with `/vector_stores/{vector_store_id}/file_batches`. For
        uploading multiple files to the same vector store, use the file batches endpoint
        to reduce request volume.

        `POST /vector_stores/{vector_store_id}/files` (createVectorStoreFile)

        Args:
            vector_store_id: The ID of the vector store for which to create a File.

            body: The `CreateVectorStoreFileRequest` request body
                (application/json).

            credentials: The bearer token the request was authorised with.
        """
        raise NotImplementedError

    async def retrieve(
        self, *, vector_store_id: str, file_id: str, credentials: str
    ) -> VectorStoreFileObject:
        """Retrieves a vector store file.

        `GET /vector_stores/{vector_store_id}/files/{file_id}` (getVectorStoreFile)

        Args:
            vector_store_id: The ID of the vector store that the file belongs to.

            file_id: The ID of the file being retrieved.

            credentials: The bearer token the request was authorised with.
        """
        raise NotImplementedError

    async def update(
        self,
        *,
        vector_store_id: str,
        file_id: str,
        body: UpdateVectorStoreFileAttributesRequest,
        credentials: str,
    ) -> VectorStoreFileObject:
        """Update attributes on a vector store file.

        `POST /vector_stores/{vector_store_id}/files/{file_id}`
        (updateVectorStoreFileAttributes)

        Args:
            vector_store_id: The ID of the vector store the file belongs to.

            file_id: The ID of the file to update attributes.

            body: The `UpdateVectorStoreFileAttributesRequest` request body
                (application/json).

            credentials: The bearer token the request was authorised with.
        """
        raise NotImplementedError

    async def delete(
        self, *, vector_store_id: str, file_id: str, credentials: str
    ) -> DeleteVectorStoreFileResponse:
        """Delete a vector store file. This will remove the file from the vector store but
        the file itself will not be deleted. To delete the file, use the [delete
        file](https://platform.openai.com/docs/api-reference/files/delete) endpoint.

        `DELETE /vector_stores/{vector_store_id}/files/{file_id}`
        (deleteVectorStoreFile)

        Args:
            vector_store_id: The ID of the vector store that the file belongs to.

            file_id: The ID of the file to delete.

            credentials: The bearer token the request was authorised with.
        """
        raise NotImplementedError

    async def content(
        self, *, vector_store_id: str, file_id: str, credentials: str
    ) -> VectorStoreFileContentResponse:
        """Retrieve the parsed contents of a vector store file.

        `GET /vector_stores/{vector_store_id}/files/{file_id}/content`
        (retrieveVectorStoreFileContent)

        Args:
            vector_store_id: The ID of the vector store.

            file_id: The ID of the file within the vector store.

            credentials: The bearer token the request was authorised with.
        """
        raise NotImplementedError


class Videos:
    """The operations of `videos` (`VideosHandler`)."""

    async def list(
        self,
        *,
        limit: Optional[int],
        order: Optional[OrderEnum],
        after: Optional[str],
        credentials: str,
    ) -> VideoListResource:
        """List recently generated videos for the current project.

        Deprecated.

        `GET /videos` (ListVideos)

        Args:
            limit: Number of items to retrieve

            order: Sort order of results by timestamp. Use `asc` for ascending order
                or `desc` for descending order.

            after: Identifier for the last item from the previous pagination request

            credentials: The bearer token the request was authorised with.
        """
        raise NotImplementedError

    async def create(
        self,
        *,
        model: Optional[VideoModel],
        prompt: Optional[str],
        input_reference: Optional[Union[ImageRefParam2, UploadFile]],
        seconds: Optional[VideoSeconds],
        size: Optional[VideoSize],
        credentials: str,
    ) -> VideoResource:
        """Create a new video generation job from a prompt and optional reference assets.

        Deprecated.

        `POST /videos` (createVideo)

        Args:
            model: The video generation model to use (allowed values: sora-2,
                sora-2-pro). Defaults to `sora-2`.

            prompt: Text prompt that describes the video to generate.

            seconds: Clip duration in seconds (allowed values: 4, 8, 12). Defaults
                to 4 seconds.

            size: Output resolution formatted as width x height (allowed values:
                720x1280, 1280x720, 1024x1792, 1792x1024). Defaults to 720x1280.

            credentials: The bearer token the request was authorised with.
        """
        raise NotImplementedError

    async def create_character(
        self, *, video: UploadFile, name: str, credentials: str
    ) -> VideoCharacterResource:
        """Create a character from an uploaded video.

        Deprecated.

        `POST /videos/characters` (CreateVideoCharacter)

        Args:
            video: Video file used to create a character.

            name: Display name for this API character.

            credentials: The bearer token the request was authorised with.
        """
        raise NotImplementedError

    async def get_character(
        self, *, character_id: str, credentials: str
    ) -> VideoCharacterResource:
        """Fetch a character.

        Deprecated.

        `GET /videos/characters/{character_id}` (GetVideoCharacter)

        Args:
            character_id: The identifier of the character to retrieve.

            credentials: The bearer token the request was authorised with.
        """
        raise NotImplementedError

    async def edit(
        self,
        *,
        video: Optional[Union[VideoReferenceInputParam, UploadFile]],
        prompt: Optional[str],
        credentials: str,
    ) -> VideoResource:
        """Create a new video generation job by editing a source video or existing
        generated video.

        Deprecated.

        `POST /videos/edits` (CreateVideoEdit)

        Args:
            prompt: Text prompt that describes how to edit the source video.

            credentials: The bearer token the request was authorised with.
        """
        raise NotImplementedError

    async def extend(
        self,
        *,
        video: Optional[Union[VideoReferenceInputParam, UploadFile]],
        prompt: Optional[str],
        seconds: Optional[VideoSeconds],
        credentials: str,
    ) -> VideoResource:
        """Create an extension of a completed video.

        Deprecated.

        `POST /videos/extensions` (CreateVideoExtend)

        Args:
            prompt: Updated text prompt that directs the extension generation.

            seconds: Length of the newly generated extension segment in seconds
                (allowed values: 4, 8, 12, 16, 20).

            credentials: The bearer token the request was authorised with.
        """
        raise NotImplementedError

    async def retrieve(self, *, video_id: str, credentials: str) -> VideoResource:
        """Fetch the latest metadata for a generated video.

        Deprecated.

        `GET /videos/{video_id}` (GetVideo)

        Args:
            video_id: The identifier of the video to retrieve.

            credentials: The bearer token the request was authorised with.
        """
        raise NotImplementedError

    async def delete(self, *, video_id: str, credentials: str) -> DeletedVideoResource:
        """Permanently delete a completed or failed video and its stored assets.

        Deprecated.

        `DELETE /videos/{video_id}` (DeleteVideo)

        Args:
            video_id: The identifier of the video to delete.

            credentials: The bearer token the request was authorised with.
        """
        raise NotImplementedError

    async def download_content(
        self, *, video_id: str, variant: Optional[VideoContentVariant], credentials: str
    ) -> Union[bytes, AsyncIterator[bytes]]:
        """Download the generated video bytes or a derived preview asset.

        Streams the rendered video content for the specified video job.

        Deprecated.

        `GET /videos/{video_id}/content` (RetrieveVideoContent)

        Args:
            video_id: The identifier of the video whose media to download.

            variant: Which downloadable asset to return. Defaults to the MP4 video.

            credentials: The bearer token the request was authorised with.
        """
        raise NotImplementedError

    async def remix(
        self, *, video_id: str, prompt: Optional[str], credentials: str
    ) -> VideoResource:
        """Create a remix of a completed video using a refreshed prompt.

        Deprecated.

        `POST /videos/{video_id}/remix` (CreateVideoRemix)

        Args:
            video_id: The identifier of the completed video to remix.

            prompt: Updated text prompt that directs the remix generation.

            credentials: The bearer token the request was authorised with.
        """
        raise NotImplementedError


handlers: Handlers = Handlers(
    admin_organization_admin_api_keys=AdminOrganizationAdminApiKeys(),
    admin_organization_audit_logs=AdminOrganizationAuditLogs(),
    admin_organization_certificates=AdminOrganizationCertificates(),
    admin_organization_data_retention=AdminOrganizationDataRetention(),
    admin_organization_groups=AdminOrganizationGroups(),
    admin_organization_groups_roles=AdminOrganizationGroupsRoles(),
    admin_organization_groups_users=AdminOrganizationGroupsUsers(),
    admin_organization_invites=AdminOrganizationInvites(),
    admin_organization_projects=AdminOrganizationProjects(),
    admin_organization_projects_api_keys=AdminOrganizationProjectsApiKeys(),
    admin_organization_projects_certificates=AdminOrganizationProjectsCertificates(),
    admin_organization_projects_data_retention=AdminOrganizationProjectsDataRetention(),
    admin_organization_projects_groups=AdminOrganizationProjectsGroups(),
    admin_organization_projects_groups_roles=AdminOrganizationProjectsGroupsRoles(),
    admin_organization_projects_hosted_tool_permissions=AdminOrganizationProjectsHostedToolPermissions(),
    admin_organization_projects_model_permissions=AdminOrganizationProjectsModelPermissions(),
    admin_organization_projects_rate_limits=AdminOrganizationProjectsRateLimits(),
    admin_organization_projects_roles=AdminOrganizationProjectsRoles(),
    admin_organization_projects_service_accounts=AdminOrganizationProjectsServiceAccounts(),
    admin_organization_projects_service_accounts_api_keys=AdminOrganizationProjectsServiceAccountsApiKeys(),
    admin_organization_projects_spend_alerts=AdminOrganizationProjectsSpendAlerts(),
    admin_organization_projects_spend_limit=AdminOrganizationProjectsSpendLimit(),
    admin_organization_projects_users=AdminOrganizationProjectsUsers(),
    admin_organization_projects_users_roles=AdminOrganizationProjectsUsersRoles(),
    admin_organization_roles=AdminOrganizationRoles(),
    admin_organization_spend_alerts=AdminOrganizationSpendAlerts(),
    admin_organization_spend_limit=AdminOrganizationSpendLimit(),
    admin_organization_usage=AdminOrganizationUsage(),
    admin_organization_users=AdminOrganizationUsers(),
    admin_organization_users_roles=AdminOrganizationUsersRoles(),
    audio_speech=AudioSpeech(),
    audio_transcriptions=AudioTranscriptions(),
    audio_translations=AudioTranslations(),
    audio_voice_consents=AudioVoiceConsents(),
    audio_voices=AudioVoices(),
    batches=Batches(),
    beta_assistants=BetaAssistants(),
    beta_chatkit_sessions=BetaChatkitSessions(),
    beta_chatkit_threads=BetaChatkitThreads(),
    beta_realtime_sessions=BetaRealtimeSessions(),
    beta_realtime_transcription_sessions=BetaRealtimeTranscriptionSessions(),
    beta_responses=BetaResponses(),
    beta_responses_input_items=BetaResponsesInputItems(),
    beta_responses_input_tokens=BetaResponsesInputTokens(),
    beta_threads=BetaThreads(),
    beta_threads_messages=BetaThreadsMessages(),
    beta_threads_runs=BetaThreadsRuns(),
    beta_threads_runs_steps=BetaThreadsRunsSteps(),
    chat_completions=ChatCompletions(),
    chat_completions_messages=ChatCompletionsMessages(),
    completions=Completions(),
    containers=Containers(),
    containers_files=ContainersFiles(),
    containers_files_content=ContainersFilesContent(),
    content_provenance_checks=ContentProvenanceChecks(),
    conversations=Conversations(),
    conversations_items=ConversationsItems(),
    embeddings=Embeddings(),
    evals=Evals(),
    evals_runs=EvalsRuns(),
    evals_runs_output_items=EvalsRunsOutputItems(),
    files=Files(),
    fine_tuning_alpha_graders=FineTuningAlphaGraders(),
    fine_tuning_checkpoints_permissions=FineTuningCheckpointsPermissions(),
    fine_tuning_jobs=FineTuningJobs(),
    fine_tuning_jobs_checkpoints=FineTuningJobsCheckpoints(),
    images=Images(),
    models=Models(),
    moderations=Moderations(),
    realtime_calls=RealtimeCalls(),
    realtime_client_secrets=RealtimeClientSecrets(),
    realtime_translations_client_secrets=RealtimeTranslationsClientSecrets(),
    responses=Responses(),
    responses_input_items=ResponsesInputItems(),
    responses_input_tokens=ResponsesInputTokens(),
    skills=Skills(),
    skills_content=SkillsContent(),
    skills_versions=SkillsVersions(),
    skills_versions_content=SkillsVersionsContent(),
    uploads=Uploads(),
    uploads_parts=UploadsParts(),
    vector_stores=VectorStores(),
    vector_stores_file_batches=VectorStoresFileBatches(),
    vector_stores_files=VectorStoresFiles(),
    videos=Videos(),
)
app = create_app(handlers)
